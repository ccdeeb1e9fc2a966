/*
 * What the VNeID article forms share (forms/vneid-submit.html and forms/vneid-revise.html, embedded HTML forms):
 * errors in Vietnamese beside a field, dates and Hanoi date-times typed as dd/mm/yyyy [hh:mm] (not the browser's
 * pickers, which follow the browser's language, e.g. month/day/year), the rich-text editor and file checks.
 * Loaded by scripts/config.js as a Tasklist custom script, like the other scripts here, so it is served with
 * Tasklist and nothing is loaded from the internet; the forms' own scripts call window.vneidArticleForm.
 * The server checks everything again (V-REQ); these checks only say what is wrong before anything is sent.
 */
const MAX_FILE_BYTES = 10000000;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const HANOI_OFFSET_MS = 7 * 3600 * 1000; // Vietnam has no daylight saving time
const TYPED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})$/;
const TYPED_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const WRONG_DATE_TIME = 'Ngày giờ không hợp lệ; nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ 01/12/2026 08:00.';
const WRONG_DATE = 'Ngày không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 20/11/2026.';

function pad(n) {
  return (n < 10 ? '0' : '') + n;
}

/** yyyy-mm-dd of a real calendar day (31/02 is none), else null. */
function isoDay(y, mo, d) {
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    return null;
  }
  return y + '-' + pad(mo) + '-' + pad(d);
}

/**
 * A date-time typed as dd/mm/yyyy hh:mm, Hanoi time, as ISO-8601 with +07:00; '' when blank, null when it is no
 * real date-time.
 */
export function toIso(text) {
  const s = (text || '').trim();
  if (!s) {
    return '';
  }
  const m = s.match(TYPED);
  if (!m) {
    return null;
  }
  const [d, mo, y, h, mi] = m.slice(1).map(Number);
  const day = isoDay(y, mo, d);
  if (!day || h > 23 || mi > 59) {
    return null;
  }
  return day + 'T' + pad(h) + ':' + pad(mi) + ':00+07:00';
}

/** A date typed as dd/mm/yyyy as ISO-8601 (yyyy-mm-dd); '' when blank, null when it is no real date. */
export function toIsoDate(text) {
  const s = (text || '').trim();
  if (!s) {
    return '';
  }
  const m = s.match(TYPED_DATE);
  return m ? isoDay(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** An instant (ISO-8601 with any offset) as officials read it: dd/mm/yyyy hh:mm, Hanoi time. */
export function toHanoiText(iso) {
  if (!iso) {
    return '';
  }
  const t = new Date(new Date(iso).getTime() + HANOI_OFFSET_MS);
  return pad(t.getUTCDate()) + '/' + pad(t.getUTCMonth() + 1) + '/' + t.getUTCFullYear() + ' ' +
    pad(t.getUTCHours()) + ':' + pad(t.getUTCMinutes());
}

/** The Vietnamese errors of a publication window (V-REQ-4): {from, until}, '' where nothing is wrong. */
export function windowErrors(fromText, untilText, now) {
  const from = toIso(fromText);
  const until = toIso(untilText);
  const result = {from: '', until: ''};
  if (from === null) {
    result.from = WRONG_DATE_TIME;
  }
  if (until === null) {
    result.until = WRONG_DATE_TIME;
  } else if (from && until && new Date(until) <= new Date(from)) {
    result.until = 'Thời điểm kết thúc phải sau thời điểm bắt đầu đăng.';
  } else if (until && new Date(until) <= (now || new Date())) {
    result.until = 'Thời điểm kết thúc đăng đã qua.';
  }
  return result;
}

/**
 * The publication window's two inputs (from, until: {input, field}, field being the hidden input the variable is
 * bound to): on every change and on check() the hidden inputs get ISO-8601 with +07:00 and the errors are shown
 * beside the fields; onCheck(wrong) is told the errors. check() returns whether both are right.
 */
export function hanoiWindow(form, errors, from, until, onCheck) {
  function check() {
    const fromText = form.querySelector('#' + from.input).value;
    const untilText = form.querySelector('#' + until.input).value;
    form.querySelector('#' + from.field).value = toIso(fromText) || '';
    form.querySelector('#' + until.field).value = toIso(untilText) || '';
    const wrong = windowErrors(fromText, untilText);
    errors.show(from.field, wrong.from);
    errors.show(until.field, wrong.until);
    if (onCheck) {
      onCheck(wrong);
    }
    return !wrong.from && !wrong.until;
  }
  [from, until].forEach((f) => form.querySelector('#' + f.input).addEventListener('change', check));
  return check;
}

/**
 * A date input typed as dd/mm/yyyy (date: {input, field}, field being the hidden input the variable is bound to):
 * on every change and on check() the hidden input gets yyyy-mm-dd and the error is shown beside the field;
 * onCheck(wrong) is told the error. check() returns whether the date is right.
 */
export function typedDate(form, errors, date, onCheck) {
  function check() {
    const iso = toIsoDate(form.querySelector('#' + date.input).value);
    form.querySelector('#' + date.field).value = iso || '';
    const wrong = iso === null ? WRONG_DATE : '';
    errors.show(date.field, wrong);
    if (onCheck) {
      onCheck(wrong);
    }
    return !wrong;
  }
  form.querySelector('#' + date.input).addEventListener('change', check);
  return check;
}

/** What is wrong with a chosen file ('' if nothing or no file): too big, or not an image when one is asked for. */
export function fileError(file, imageOnly) {
  if (!file) {
    return '';
  }
  if (imageOnly && IMAGE_TYPES.indexOf(file.type) < 0) {
    return 'Tệp "' + file.name + '" không phải ảnh JPEG, PNG hoặc WebP.';
  }
  if (file.size === 0) {
    return 'Tệp "' + file.name + '" rỗng.';
  }
  if (file.size > MAX_FILE_BYTES) {
    return 'Tệp "' + file.name + '" lớn hơn 10 MB.';
  }
  return '';
}

/**
 * Checks the chosen files of the given inputs ([{id, field, image}]), writes each error beside its field and
 * returns whether any is wrong; checked on every choice (watchFiles) and again before the form is sent.
 */
export function checkFiles(form, errors, inputs) {
  const messages = {};
  inputs.forEach((i) => {
    const input = form.querySelector('#' + i.id);
    const wrong = input && input.files ? fileError(input.files[0], i.image) : '';
    messages[i.field] = messages[i.field] || wrong;
  });
  Object.keys(messages).forEach((field) => errors.show(field, messages[field]));
  return Object.keys(messages).some((field) => messages[field]);
}

/**
 * Checks the files on every choice, and refuses to send the form while one is wrong (Camunda's form SDK cancels a
 * submit when a 'submit' listener sets camForm.submitPrevented): nothing is sent, the error stays beside the field.
 */
export function watchFiles(form, errors, inputs, camForm) {
  inputs.forEach((i) => form.querySelector('#' + i.id).addEventListener('change', () => checkFiles(form, errors, inputs)));
  camForm.on('submit', () => {
    if (checkFiles(form, errors, inputs)) {
      camForm.submitPrevented = true;
    }
  });
}

/**
 * Lines of the task's display texts (Markdown written by the server for the Camunda Forms: "- " items, **bold**,
 * [text](link), backslash escapes) as list items, built node by node so that nothing typed can become markup.
 */
export function markdownList(list, markdown) {
  list.textContent = '';
  (markdown || '').split(/\n+/).filter((line) => line.trim()).forEach((line) => {
    const li = document.createElement('li');
    const text = line.replace(/^\s*-\s+/, '');
    const parts = /\*\*([^*]+)\*\*|\[([^\]]+)\]\(((?:https?:\/\/|\/)[^)\s]+)\)/g;
    let at = 0;
    let m;
    while ((m = parts.exec(text)) !== null) {
      li.appendChild(document.createTextNode(unescape(text.slice(at, m.index))));
      const node = document.createElement(m[1] ? 'strong' : 'a');
      node.textContent = unescape(m[1] || m[2]);
      if (!m[1]) {
        node.href = m[3];
        node.target = '_blank';
      }
      li.appendChild(node);
      at = parts.lastIndex;
    }
    li.appendChild(document.createTextNode(unescape(text.slice(at))));
    list.appendChild(li);
  });
}

/** Undoes the server's escapes (common.web.FormText): Markdown backslashes and the four HTML entities. */
function unescape(text) {
  const entities = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"'};
  return text.replace(/\\([\\`*_{}\[\]()#+\-.!<>|~])/g, '$1').replace(/&(amp|lt|gt|quot);/g, (e) => entities[e]);
}

/**
 * A form's helpers: show(field, message) writes beside [data-error-for=field], valid(name, ok) keeps Tasklist's
 * complete button disabled while a field is wrong (Angular's form controller of the form's name).
 */
export function errorsOf(form, $scope) {
  return {
    show(field, message) {
      const p = form.querySelector('[data-error-for="' + field + '"]');
      if (p) {
        p.textContent = message || '';
      }
    },
    valid(name, ok) {
      const ctrl = $scope && $scope[form.getAttribute('name')] && $scope[form.getAttribute('name')][name];
      if (ctrl) {
        ctrl.$setValidity('hanoi', ok);
      }
    }
  };
}

/**
 * The rich-text editor: a toolbar (bold, italic, list, https link) before the contenteditable element, whose HTML
 * is copied to the hidden input on every change (the server sanitises it, V-REQ-1). onChange(html) is told the new
 * HTML. Returns {sync, set(html)}.
 */
export function richText(editor, hidden, onChange) {
  const toolbar = document.createElement('div');
  toolbar.className = 'btn-toolbar vneid-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Định dạng');
  [['bold', '<b>Đ</b>', 'Chữ đậm'], ['italic', '<i>N</i>', 'Chữ nghiêng'],
    ['insertUnorderedList', '• Danh sách', 'Danh sách'], ['createLink', 'Liên kết', 'Chèn liên kết (https://...)']]
    .forEach(([command, label, title]) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'btn btn-default btn-xs';
      b.setAttribute('data-command', command);
      b.title = title;
      b.innerHTML = label;
      toolbar.appendChild(b);
    });
  editor.parentNode.insertBefore(toolbar, editor);
  document.execCommand('defaultParagraphSeparator', false, 'p');
  function sync() {
    hidden.value = editor.innerHTML;
    hidden.dispatchEvent(new Event('input', {bubbles: true}));
    if (onChange) {
      onChange(editor.innerHTML);
    }
  }
  editor.addEventListener('input', sync);
  toolbar.querySelectorAll('[data-command]').forEach((b) => {
    b.addEventListener('click', () => {
      const command = b.getAttribute('data-command');
      let value = null;
      if (command === 'createLink') {
        value = window.prompt('Địa chỉ liên kết (https://...)', 'https://');
        if (!value || !/^https:\/\//.test(value)) {
          return;
        }
      }
      editor.focus();
      document.execCommand(command, false, value);
      sync();
    });
  });
  return {
    sync,
    set(html) {
      // The server's sanitised HTML of the previous round (GET .../current-round), shown for editing.
      editor.innerHTML = html || '';
      hidden.value = editor.innerHTML;
    }
  };
}

if (typeof window !== 'undefined') {
  window.vneidArticleForm = {
    toIso, toIsoDate, toHanoiText, windowErrors, hanoiWindow, typedDate, fileError, checkFiles, watchFiles, errorsOf,
    richText, markdownList, MAX_FILE_BYTES
  };
}

export default [];
