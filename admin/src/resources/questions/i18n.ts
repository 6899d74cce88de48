import type { FeatureTexts } from '../../i18n/texts';

/** The texts of the question bank. */
const texts: FeatureTexts = {
  resources: {
    questions: {
      name: ['题库', 'Question |||| Question bank'],
      fields: {
        unitId: ['所属题库单位', 'Bank of'],
        kind: ['题型', 'Kind'],
        stem: ['题干', 'Stem'],
        options: ['选项', 'Options'],
        answer: ['答案', 'Key'],
        starCode: ['所属星', 'Star'],
        difficulty: ['难度', 'Difficulty'],
        currentVersion: ['版本', 'Version'],
        search: ['题干包含', 'Stem contains'],
      },
    },
  },
};

export default texts;
