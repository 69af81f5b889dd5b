// The few texts the editor glue shows itself, in the page's language (<html lang>); English unless Chinese.
const texts = {
  en: {
    importFailed: 'The model could not be opened in the editor: {error}. Deploying sends the source unchanged; the validation shows where it is broken.',
    exportFailed: 'The model could not be exported from the editor: {error}. Nothing was sent.',
    loadFailed: 'The editor could not be loaded ({error}).',
    importWarnings: 'The editor opened the model with warnings: {warnings}',
    schemaTooNew: 'The form was saved with schemaVersion {found}; Camunda 7.24 Tasklist renders at most {max}. Nothing was sent.',
    schemaDowngraded: 'This form has schemaVersion {found}; it will be saved with schemaVersion {max}, the newest Camunda 7.24 Tasklist renders. Check every field before deploying.'
  },
  zh: {
    importFailed: '编辑器无法打开该模型：{error}。部署时将原样提交源文件，校验结果会指出出错位置。',
    exportFailed: '无法从编辑器导出模型：{error}。未提交任何内容。',
    loadFailed: '编辑器加载失败（{error}）。',
    importWarnings: '编辑器打开模型时有警告：{warnings}',
    schemaTooNew: '表单保存的 schemaVersion 为 {found}，Camunda 7.24 任务列表最高只能显示 {max}。未提交任何内容。',
    schemaDowngraded: '该表单的 schemaVersion 为 {found}，保存时将写为 Camunda 7.24 任务列表支持的最高版本 {max}。部署前请逐项检查字段。'
  }
};

export function messagesFor(lang) {
  const table = texts[(lang || '').toLowerCase().split('-')[0]] || texts.en;
  return {
    format(key, values = {}) {
      return (table[key] || texts.en[key] || key).replace(/{([^}]+)}/g, (match, name) => (name in values ? values[name] : match));
    }
  };
}
