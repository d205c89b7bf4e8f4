import { describe, expect, it } from 'vitest';
import * as asyncEntry from '../src/async.js';
import * as compileEntry from '../src/compile/index.js';
import * as main from '../src/index.js';

/**
 * The public runtime surface. A change here is a change to the package's API: add or remove a name
 * deliberately, and describe it in a changeset.
 */
describe('public exports', () => {
  it('@rubricate/core', () => {
    expect(Object.keys(main).sort()).toEqual([
      // The rubric model (zod schemas)
      'ActionOutcome',
      'Adjustment',
      'AdjustmentGroup',
      'Assumption',
      'Band',
      'BooleanFact',
      'CapEffect',
      'Category',
      'ChangelogEntry',
      'Clause',
      'Condition',
      'Crosswalk',
      // JSON parsing limits
      'DEFAULT_MAX_BYTES',
      'DEFAULT_MAX_DEPTH',
      'DemoteEffect',
      'DirectPoints',
      'EnumFact',
      'EnumListFact',
      'EnumOption',
      'EvaluationSource',
      'FORBIDDEN_KEYS',
      'FactDeclaration',
      'FactPath',
      'FactReference',
      'FiniteNumber',
      'FixedAdjustment',
      'Gate',
      'GateEffect',
      'HistoryEntry',
      'HistoryRule',
      'Id',
      'Indicator',
      'IntegerFact',
      'JsonValue',
      // Lint and validation rule registries
      'LINT_RULES',
      'LabelOutcome',
      'LeafCondition',
      'Level',
      'LinearPoints',
      'LocalisedText',
      'LookupPoints',
      'LookupRow',
      'MAX_CONDITION_DEPTH',
      'MAX_CONDITION_ITEMS',
      'NumberFact',
      'OPERATORS',
      'Operator',
      'Outcome',
      'Override',
      'PATH_PATTERN',
      'PerCountAdjustment',
      'Percent',
      'PointsRule',
      'Provenance',
      'Quota',
      'RESERVED_IDS',
      'RankOutcome',
      'RaterPart',
      'RatersPoints',
      'ReviewFlag',
      'RewardOutcome',
      'Rubric',
      'RubricPrepareError',
      'SCHEMA_VERSION',
      'Scale',
      'Section',
      'SemVer',
      'SourceDocument',
      'StringFact',
      'Subject',
      'TieBreak',
      'TieredAdjustment',
      'VALIDATION_RULES',
      'VetoEffect',
      // Functions
      'canonicalJson',
      'checkJsonValue',
      'compareCodePoints',
      'createCohortRescorer',
      'createCohortScorer',
      'createLeanScorer',
      'evaluateCohort',
      'evaluateSubject',
      'explainSubject',
      'formatIssue',
      'formatPath',
      'lintRubric',
      'normaliseRubric',
      'parseJson',
      'parseRubric',
      'prepareRubric',
      'rubricHash',
      'rubricJsonSchema',
      'validateRubric',
    ]);
  });

  it('@rubricate/core/compile', () => {
    expect(Object.keys(compileEntry).sort()).toEqual(['COMPILED_FORMAT', 'CompileScorerError', 'compileScorerSource', 'linkCompiledCohort', 'linkCompiledScorer']);
  });

  it('@rubricate/core/async', () => {
    expect(Object.keys(asyncEntry).sort()).toEqual(['evaluateCohortAsync', 'evaluateSubjectAsync']);
  });

  it('every validation and lint rule has a unique code and a description in both languages', () => {
    const rules = [...main.VALIDATION_RULES, ...main.LINT_RULES];
    expect(new Set(rules.map((r) => r.code)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.code).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(r.description.zh).not.toBe('');
      expect(r.description.en).not.toBe('');
    }
  });
});
