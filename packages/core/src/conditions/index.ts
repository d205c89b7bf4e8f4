export { type ConditionTest, type CompiledCondition, ConditionCompiler, ConditionCompileError } from './compile.js';
export { OPERATOR_FNS, ConditionTypeError, type OperatorFn } from './operators.js';
export { type PathSegment, parsePath, walkPath, plainPathResolver, applyPath } from './path.js';
