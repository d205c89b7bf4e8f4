declare module 'monaco-editor/nls/lang/zh-cn.js';
