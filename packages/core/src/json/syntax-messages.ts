import { printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import type { Message } from '../result/types.js';

/** Plain-language descriptions of the parser's error codes. */
const MESSAGES: Record<string, Message> = {
  InvalidSymbol: { zh: '出现了 JSON 不允许的符号', en: 'a symbol JSON does not allow' },
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

export function syntaxMessage(code: ParseErrorCode): Message {
  return MESSAGES[printParseErrorCode(code)] ?? { zh: 'JSON 语法错误', en: 'a JSON syntax error' };
}
