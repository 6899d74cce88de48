import type { FeatureTexts } from '../i18n/texts';

/** Evidence uploads, wherever a screen takes a file. */
const texts: FeatureTexts = {
  messages: {
    files: {
      too_large: ['文件过大（上限 %{mb} MB）', 'File too large (limit %{mb} MB)'],
    },
  },
};

export default texts;
