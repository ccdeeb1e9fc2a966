/*
 * Vietnamese for the messages the Camunda Forms renderer (form-js, bundled in Tasklist's lib/deps.js) writes in
 * English beside a field ("Field is required." ...): form-js 1.x has no translation hook in Tasklist 7.24, so this
 * module (loaded by scripts/config.js as a custom script) rewrites them as they appear. Tasklist's own labels are
 * in locales/vi.json.
 */
const MESSAGES = [
  [/^Field is required\.$/, () => 'Trường này là bắt buộc.'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Cần ít nhất ${m[1]} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Tối đa ${m[1]} ký tự.`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Giá trị nhỏ nhất là ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Giá trị lớn nhất là ${m[1]}.`],
  [/^Field must match pattern (.+)\.$/, () => 'Không đúng định dạng yêu cầu.'],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Field must be a valid\s+international phone number.*$/, () => 'Số điện thoại không hợp lệ (ví dụ +84912345678).'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `Chọn giá trị hợp lệ; hai giá trị gần nhất là ${m[1]} và ${m[2]}.`],
  [/^Value is expected to be an integer\.$/, () => 'Giá trị phải là số nguyên.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `Tối đa ${m[1]} chữ số thập phân.`],
  [/^Date and time must both be entered\.$/, () => 'Cần nhập cả ngày và giờ.'],
  [/^Date must match pattern yyyy-MM-dd$/, () => 'Ngày theo dạng năm-tháng-ngày (yyyy-MM-dd).'],
  [/^Date must match pattern yyyy-MM-ddTHH:mm:ss\.?$/, () => 'Ngày giờ theo dạng yyyy-MM-ddTHH:mm:ss.'],
  [/^Date and time must match pattern yyyy-MM-ddTHH:mm:ss\[time zone\]$/, () => 'Ngày giờ theo dạng yyyy-MM-ddTHH:mm:ss kèm múi giờ.'],
  [/^A number is required\.$/, () => 'Cần nhập một số.']
];

export function translate(text) {
  const t = (text || '').trim();
  for (const [pattern, vi] of MESSAGES) {
    const m = t.match(pattern);
    if (m) {
      return vi(m);
    }
  }
  return null;
}

/** form-js's own English placeholders in pickers and selects. */
const PLACEHOLDERS = {'mm/dd/yyyy': 'tháng/ngày/năm', 'hh:mm': 'giờ:phút', 'Select': 'Chọn', 'Search': 'Tìm'};

function translateWithin(root) {
  if (!root.querySelectorAll) {
    return;
  }
  root.querySelectorAll('.fjs-container input[placeholder]').forEach((el) => {
    const vi = PLACEHOLDERS[el.getAttribute('placeholder')];
    if (vi) {
      el.setAttribute('placeholder', vi);
    }
  });
  // The text node is changed in place: replacing it (textContent) left form-js's own node to come back beside ours
  // ("ChọnSelect" once the select re-rendered).
  root.querySelectorAll('.fjs-container .fjs-select-display, .fjs-container .fjs-select-placeholder').forEach((el) => {
    el.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE && PLACEHOLDERS[node.data.trim()]) {
        node.data = PLACEHOLDERS[node.data.trim()];
      }
    });
  });
  root.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error span, .fjs-form-field-error li').forEach((el) => {
    el.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const vi = translate(node.textContent);
        if (vi) {
          node.textContent = vi;
        }
      }
    });
  });
}

if (typeof window !== 'undefined' && !window.__hanoiFormMessages) {
  window.__hanoiFormMessages = true;
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'characterData' && m.target.parentElement) {
        translateWithin(m.target.parentElement.parentElement || m.target.parentElement);
      }
      m.addedNodes.forEach((n) => translateWithin(n.nodeType === Node.TEXT_NODE ? n.parentElement || document.body : n));
    }
  });
  observer.observe(document.body, {childList: true, subtree: true, characterData: true});
}

export default [];
