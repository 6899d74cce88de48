/** The stats module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const StatsReasons = defineReasons('STATS', {
  TOO_MANY_POINTS: {
    code: 'BAD_USER_INPUT',
    zh: '最多 %{max} 个时段',
    en: 'at most %{max} periods',
  },
  YEAR_OUT_OF_RANGE: {
    code: 'BAD_USER_INPUT',
    zh: '年度应在 2000 至 %{current} 之间',
    en: 'year must be between 2000 and %{current}',
  },
});
