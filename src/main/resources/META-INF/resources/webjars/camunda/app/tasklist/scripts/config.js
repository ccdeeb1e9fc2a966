/*
 * Tasklist configuration of the Hanoi communications workflow (overrides the one in Camunda's webjar).
 * Reviewers are Vietnamese officials, whatever their browser's language: the UI is in Vietnamese
 * (locales/vi.json), like the forms. Add 'en' to availableLocales to give English browsers Camunda's
 * English labels. The keyboard shortcuts are Camunda's defaults.
 */
export default {
  // Vietnamese messages beside Camunda Form fields (form-js writes them in English), lists sorted by deadline, and
  // what the VNeID embedded HTML forms share (editor, Hanoi date-times, file checks, errors beside the field).
  customScripts: ['scripts/vi-form-messages', 'scripts/deadline-sorting', 'scripts/vneid-article-form'],

  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại khởi tạo quy trình'
    }
  }
};
