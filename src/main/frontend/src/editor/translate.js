// The diagram-js "translate" service, replaced by one that speaks the page's language (<html lang>).
import zhCN from './zh-CN.js';

const dictionaries = { zh: zhCN };

export function dictionaryFor(lang) {
  return dictionaries[(lang || '').toLowerCase().split('-')[0]] || null;
}

export function translateModule(lang) {
  const dictionary = dictionaryFor(lang) || {};
  function translate(template, replacements) {
    const text = dictionary[template] || template;
    return text.replace(/{([^}]+)}/g, (match, key) => (replacements && key in replacements ? replacements[key] : match));
  }
  return { translate: ['value', translate] };
}
