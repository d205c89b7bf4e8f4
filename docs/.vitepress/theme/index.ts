import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import { defineAsyncComponent } from 'vue';
import './style.css';

/**
 * The rubric pages render fixtures with @rubricate/core itself. The components load on demand, so
 * the other pages do not carry the library.
 */
export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    // A fixture page that cannot render must fail the build, not ship an empty table or chart.
    // Pages render in the build's own process, so the exit code is where the failure shows.
    if (import.meta.env.SSR) {
      app.config.errorHandler = (err) => {
        console.error(err);
        (globalThis as { process?: { exitCode?: number } }).process!.exitCode = 1;
      };
    }
    app.component('RubricSource', defineAsyncComponent(() => import('./components/RubricSource.vue')));
    app.component('ScoringTable', defineAsyncComponent(() => import('./components/ScoringTable.vue')));
    app.component('AssumptionList', defineAsyncComponent(() => import('./components/AssumptionList.vue')));
    app.component('WorkedExamples', defineAsyncComponent(() => import('./components/WorkedExamples.vue')));
    app.component('ProvenanceTable', defineAsyncComponent(() => import('./components/ProvenanceTable.vue')));
    app.component('CohortChart', defineAsyncComponent(() => import('./components/CohortChart.vue')));
  },
} satisfies Theme;
