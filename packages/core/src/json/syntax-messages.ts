import { printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import type { Message } from '../result/types.js';

/** Plain-language descriptions of the parser's error codes. */
const MESSAGES: Record<string, Message> = {
  InvalidSymbol: {
    zh: '出现了 JSON 不允许的符号（文字和字段名须用英文双引号括起）',
    en: 'a symbol JSON does not allow (text and property names need double quotes)',
  },
  InvalidNumberFormat: { zh: '数字的写法不正确', en: 'a malformed number' },
  PropertyNameExpected: {
    zh: '此处应为带双引号的字段名',
    en: 'a property name in double quotes was expected',
  },
  ValueExpected: { zh: '此处缺少一个值', en: 'a value was expected' },
  ColonExpected: { zh: '字段名后缺少冒号“:”', en: 'a colon ":" was expected after the property name' },
  CommaExpected: { zh: '缺少逗号“,”', en: 'a comma "," was expected' },
  CloseBraceExpected: { zh: '缺少右花括号“}”', en: 'a closing brace "}" was expected' },
  CloseBracketExpected: { zh: '缺少右方括号“]”', en: 'a closing bracket "]" was expected' },
  EndOfFileExpected: {
    zh: '内容已经结束，后面不应再有其他字符',
    en: 'the document should end here',
  },
  InvalidCommentToken: { zh: 'JSON 中不允许写注释', en: 'comments are not allowed in JSON' },
  UnexpectedEndOfComment: { zh: '注释没有结束', en: 'an unterminated comment' },
  UnexpectedEndOfString: { zh: '字符串缺少结尾的双引号', en: 'a string is missing its closing quote' },
  UnexpectedEndOfNumber: { zh: '数字没有写完', en: 'an incomplete number' },
  InvalidUnicode: { zh: '\\u 转义不是有效的 Unicode', en: 'an invalid \\u escape' },
  InvalidEscapeCharacter: { zh: '反斜杠转义不正确', en: 'an invalid backslash escape' },
  InvalidCharacter: {
    zh: '字符串中含有不允许的控制字符（如未转义的换行）',
    en: 'a control character (such as an unescaped line break) inside a string',
  },
};

/** Characters a Chinese input method types where JSON needs ASCII punctuation. */
const WIDE_NAMES: Record<number, string> = {
  0x3000: '全角空格',
  0x00a0: '不换行空格',
  0xff0c: '全角逗号',
  0x3001: '顿号',
  0xff1a: '全角冒号',
  0x201c: '中文引号',
  0x201d: '中文引号',
  0xff3b: '全角方括号',
  0xff3d: '全角方括号',
  0xff5b: '全角花括号',
  0xff5d: '全角花括号',
};

/** Errors where a stray full-width character is the likely cause. */
const PUNCTUATION_ERRORS = new Set(['InvalidSymbol', 'ValueExpected', 'PropertyNameExpected', 'CommaExpected', 'ColonExpected']);

/**
 * The message for a parser error code. `char` is the code point where the error is: a non-ASCII
 * character there is named, since it is usually full-width punctuation typed by an input method.
 */
export function syntaxMessage(code: ParseErrorCode, char?: number): Message {
  const name = printParseErrorCode(code);
  if (char !== undefined && char > 0x7f && PUNCTUATION_ERRORS.has(name)) {
    const hex = `U+${char.toString(16).toUpperCase().padStart(4, '0')}`;
    const zhName = WIDE_NAMES[char];
    return {
      zh: `出现了字符“${String.fromCodePoint(char)}”（${zhName ? `${zhName}，` : ''}${hex}）；JSON 的括号、引号、冒号、逗号和空格都须使用英文半角字符`,
      en: `the character "${String.fromCodePoint(char)}" (${hex}) is not JSON punctuation; brackets, quotes, colons, commas and spaces must be ASCII`,
    };
  }
  return MESSAGES[name] ?? { zh: 'JSON 语法错误', en: 'a JSON syntax error' };
}
