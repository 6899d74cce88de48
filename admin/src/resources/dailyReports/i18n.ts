import type { FeatureTexts } from '../../i18n/texts';

/** The texts of daily reports. */
const texts: FeatureTexts = {
  resources: {
    dailyReports: {
      name: ['每日报告', 'Daily report |||| Daily reports'],
      fields: {
        unitId: ['报告单位', 'Unit'],
        unit: ['报告单位', 'Unit'],
        reportDate: ['日期', 'Date'],
        doneToday: ['今日完成', 'Done today'],
        figures: ['数据', 'Figures'],
        label: ['指标名称', 'Figure'],
        value: ['数值', 'Value'],
        'figures.label': ['指标名称', 'Figure'],
        'figures.value': ['数值', 'Value'],
        blockers: ['困难问题', 'Blockers'],
        reporterName: ['报告人', 'Reported by'],
        date: ['日期', 'Date'],
      },
    },
  },
};

export default texts;
