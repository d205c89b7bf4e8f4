import { fileURLToPath } from 'node:url';
import { defineConfig, type DefaultTheme } from 'vitepress';
import { fixtureInfo, rubricIds } from '../scripts/fixtures';

const core = (file: string): string => fileURLToPath(new URL(`../../packages/core/src/${file}`, import.meta.url));

/** The rubric pages follow docs/fixtures: a fixture added there gets its page and sidebar entry. */
const rubrics: DefaultTheme.SidebarItem[] = rubricIds(fileURLToPath(new URL('../fixtures', import.meta.url))).map((id) => {
  const f = fixtureInfo(id, fileURLToPath(new URL('../fixtures', import.meta.url)));
  return { text: f.title.zh, link: `/rubrics/${id}` };
});

const enSidebar: DefaultTheme.Sidebar = {
  '/guide/': [
    {
      text: 'Getting started',
      items: [
        { text: 'Getting started', link: '/guide/' },
        { text: 'Install', link: '/guide/install' },
        { text: 'Embed in Node', link: '/guide/node' },
        { text: 'Embed in the browser', link: '/guide/browser' },
        { text: 'The editor', link: '/guide/editor' },
      ],
    },
    {
      text: 'Using the library',
      items: [
        { text: 'Validate and lint', link: '/guide/validate' },
        { text: 'Score a subject or a cohort', link: '/guide/scoring' },
        { text: 'Read a trace', link: '/guide/trace' },
        { text: 'Asynchronous facts', link: '/guide/async' },
        { text: 'Errors', link: '/guide/errors' },
      ],
    },
    {
      text: 'Semantics',
      items: [
        { text: 'Exact arithmetic', link: '/guide/arithmetic' },
        { text: 'Evaluation order', link: '/guide/evaluation-order' },
        { text: 'Security', link: '/guide/security' },
      ],
    },
  ],
  '/publishers/': [
    {
      text: 'Publishing rubrics',
      items: [
        { text: 'Versioning', link: '/publishers/' },
        { text: 'rubricate pack', link: '/publishers/pack' },
        { text: 'rubricate diff', link: '/publishers/diff' },
        { text: 'Changesets', link: '/publishers/changesets' },
      ],
    },
  ],
  '/reference/': [
    {
      text: 'Reference',
      items: [
        { text: 'Rubric schema', link: '/reference/schema' },
        { text: 'API', link: '/reference/api' },
        { text: 'Command line', link: '/reference/cli' },
      ],
    },
  ],
  '/rubrics/': [{ text: 'Rubrics', items: [{ text: 'All rubrics', link: '/rubrics/' }, ...rubrics] }],
};

const zhSidebar: DefaultTheme.Sidebar = {
  '/zh/': [
    {
      text: '政策工作人员指南',
      items: [
        { text: '概述', link: '/zh/' },
        { text: '评分细则由什么组成', link: '/zh/model' },
        { text: '原文条款怎样写成细则', link: '/zh/mapping' },
        { text: '术语表', link: '/zh/glossary' },
      ],
    },
    { text: '已收录的评分细则', items: rubrics },
  ],
};

export default defineConfig({
  title: 'rubricate',
  description: 'Official scoring rubrics as data: authored, validated, versioned, executed exactly, with a trace for every point and grade.',
  srcExclude: ['fixtures/**', 'test/**', 'scripts/**', '**/README.md', 'CONTEXT.md'],
  lastUpdated: false,
  locales: {
    root: {
      label: 'English',
      lang: 'en',
      themeConfig: {
        nav: [
          { text: 'Guide', link: '/guide/' },
          { text: 'Rubrics', link: '/rubrics/' },
          { text: 'Publishers', link: '/publishers/' },
          { text: 'Reference', link: '/reference/schema' },
          { text: 'Benchmarks', link: '/benchmarks' },
        ],
        sidebar: enSidebar,
      },
    },
    zh: {
      label: '简体中文',
      lang: 'zh-CN',
      title: 'rubricate 评分细则',
      description: '把评分细则写成数据：可校验、可版本管理、精确计算、每一分都有依据。',
      themeConfig: {
        nav: [
          { text: '政策工作人员指南', link: '/zh/' },
          { text: '评分细则', link: '/rubrics/' },
        ],
        sidebar: zhSidebar,
        outline: { label: '本页目录' },
        docFooter: { prev: '上一页', next: '下一页' },
        returnToTopLabel: '回到顶部',
        sidebarMenuLabel: '目录',
        darkModeSwitchLabel: '深色模式',
      },
    },
  },
  themeConfig: {
    search: {
      provider: 'local',
      options: {
        locales: {
          zh: {
            translations: {
              button: { buttonText: '搜索', buttonAriaLabel: '搜索' },
              modal: {
                displayDetails: '显示详情',
                resetButtonTitle: '清除',
                backButtonTitle: '关闭',
                noResultsText: '没有找到',
                footer: { selectText: '选择', navigateText: '切换', closeText: '关闭' },
              },
            },
          },
        },
      },
    },
    outline: [2, 3],
  },
  vite: {
    build: {
      rollupOptions: {
        // zod's sources carry comments Rollup cannot place; they are harmless and only add noise.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
          warn(warning);
        },
      },
    },
    resolve: {
      // The site renders rubrics with the library's sources: no build of the packages is needed.
      alias: [
        { find: /^@rubricate\/core\/async$/, replacement: core('async.ts') },
        { find: /^@rubricate\/core$/, replacement: core('index.ts') },
      ],
    },
  },
});
