import type { FeatureTexts } from '../i18n/texts';

/** The texts of 数据导入 (templates, dry run, commit, batches) and of the lists' Excel exports. */
const texts: FeatureTexts = {
  messages: {
    imports: {
      menu: ['数据导入', 'Data import'],
      title: ['数据导入', 'Data import'],
      kind: ['导入类别', 'What to import'],
      kind_units: ['单位', 'Units'],
      kind_people: ['人员', 'People'],
      kind_positions: ['任职', 'Positions'],
      kind_questions: ['题库试题', 'Questions'],
      import_here: ['导入', 'Import'],
      hint: [
        '先下载模板填写，再上传文件：系统先检查（不写入），没有问题才能确认导入。人员先于任职导入。',
        'Download the template and fill it in, then upload it: it is checked first (nothing written); it can be imported only without problems. Import people before their positions.',
      ],
      download_template: ['下载模板', 'Download the template'],
      choose_file: ['上传文件并检查', 'Upload and check a file'],
      checking: ['检查中…', 'Checking…'],
      file: ['文件', 'File'],
      created: ['新建', 'Created'],
      updated: ['更新', 'Updated'],
      unchanged: ['未变', 'Unchanged'],
      problems: ['问题', 'Problems'],
      counts: [
        '新建 %{created} 条，更新 %{updated} 条，未变 %{unchanged} 条，问题 %{problems} 个',
        '%{created} created, %{updated} updated, %{unchanged} unchanged, %{problems} problems',
      ],
      no_problems: ['检查通过，可以确认导入。', 'No problems: the file can be imported.'],
      has_problems: [
        '文件有问题，请按下表改正后重新上传（未写入任何数据）。',
        'The file has problems: correct them as listed and upload it again (nothing was written).',
      ],
      sheet: ['工作表', 'Sheet'],
      row: ['行', 'Row'],
      column: ['列', 'Column'],
      message: ['说明', 'Message'],
      whole_row: ['整行', 'Whole row'],
      confirm: ['确认导入', 'Import'],
      committed: [
        '导入完成：新建 %{created} 条，更新 %{updated} 条',
        'Imported: %{created} created, %{updated} updated',
      ],
      history: ['导入记录', 'Import history'],
      no_batches: ['暂无导入记录', 'No imports yet'],
      when: ['时间', 'When'],
      who: ['导入人', 'By'],
      report: ['导入报告', 'Import report'],
      close: ['关闭', 'Close'],
      open_report: ['查看报告', 'Open the report'],
      download_excel: ['下载 Excel', 'Download Excel'],
    },
  },
};

export default texts;
