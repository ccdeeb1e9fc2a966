/*
 * Tasklist configuration of the Hanoi communications workflow (overrides the one in Camunda's webjar).
 * Reviewers are Vietnamese officials, whatever their browser's language: the UI is in Vietnamese
 * (locales/vi.json), like the forms. Add 'en' to availableLocales to give English browsers Camunda's
 * English labels. The keyboard shortcuts are Camunda's defaults.
 */
export default {
  // Vietnamese messages beside Camunda Form fields (form-js writes them in English) and lists sorted by deadline.
  customScripts: ['scripts/vi-form-messages', 'scripts/deadline-sorting'],

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
