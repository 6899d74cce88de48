import type { FeatureTexts } from '../i18n/texts';

/** The texts of the application frame: sign-in, app bar, menu. */
const texts: FeatureTexts = {
  messages: {
    app: {
      title: ['五星支部创建监督平台', 'Five-Star Branch Creation & Supervision'],
      district: ['二七区', 'Erqi District'],
      demo_hint: [
        '演示账号：admin、leader、taskforce、supervisor、township、branch，密码均为 fivestar（示例数据）',
        'Demo accounts: admin, leader, taskforce, supervisor, township, branch; password fivestar (sample data)',
      ],
      language: ['语言', 'Language'],
      sample: ['示例', 'Sample'],
      none: ['无', 'None'],
      no_options: ['没有可选项', 'No options'],
      menu_org: ['组织与责任', 'Organization'],
      menu_catalog: ['目录', 'Catalogs'],
      menu_system: ['系统管理', 'System'],
      signed_in_as: ['当前登录', 'Signed in as'],
    },
  },
};

export default texts;
