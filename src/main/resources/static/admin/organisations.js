// The admin page of units: calls /api/organisations with the administrator's HTTP Basic credentials
// (kept in this page only), so no session cookie can be abused by another site.
(function () {
  'use strict';
  var auth = null;
  var kinds = {};
  var $ = function (id) { return document.getElementById(id); };

  function show(kind, text, errors) {
    var box = $('message');
    box.className = kind;
    box.textContent = text;
    if (errors && errors.length) {
      var list = document.createElement('ul');
      errors.forEach(function (e) {
        var item = document.createElement('li');
        item.textContent = e.field + ': ' + e.message;
        list.appendChild(item);
      });
      box.appendChild(list);
    }
  }

  function call(method, path, body) {
    var headers = { 'Authorization': auth, 'Accept': 'application/json, application/problem+json' };
    if (body && !(body instanceof FormData)) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(body);
    }
    return fetch(path, { method: method, headers: headers, body: body, credentials: 'omit' }).then(function (r) {
      if (r.status === 401) { throw { title: 'Sai tên đăng nhập hoặc mật khẩu' }; }
      if (r.status === 403) { throw { title: 'Người dùng này không phải quản trị viên' }; }
      return r.text().then(function (t) {
        var data = t ? JSON.parse(t) : null;
        if (!r.ok) { throw { title: (data && (data.title || data.detail)) || ('Lỗi ' + r.status), errors: data && data.errors }; }
        return data;
      });
    });
  }

  function fail(e) { show('error', e.title || String(e), e.errors); }

  function formValue() {
    var f = $('unitForm');
    return {
      code: f.code.value, name: f.name.value, kind: f.kind.value, homeAreaCode: f.homeAreaCode.value,
      email: f.email.value, abbreviation: f.abbreviation.value
    };
  }

  function edit(u) {
    var f = $('unitForm');
    f.code.value = u.code; f.name.value = u.name; f.kind.value = u.kind; f.homeAreaCode.value = u.homeAreaCode;
    f.email.value = u.email; f.abbreviation.value = u.abbreviation;
    f.scrollIntoView();
  }

  // The API pages its lists (at most 500 a page): the admin table shows every unit, page after page.
  function allUnits(page, acc) {
    return call('GET', '/api/organisations?size=500&page=' + page).then(function (units) {
      acc = acc.concat(units);
      return units.length === 500 ? allUnits(page + 1, acc) : acc;
    });
  }

  function load() {
    return allUnits(0, []).then(function (units) {
      var body = $('units');
      body.textContent = '';
      units.forEach(function (u) {
        var row = document.createElement('tr');
        [u.code, u.name, kinds[u.kind] || u.kind, u.homeAreaCode, u.email, u.abbreviation].forEach(function (v) {
          var cell = document.createElement('td');
          cell.textContent = v;
          row.appendChild(cell);
        });
        var action = document.createElement('td');
        var button = document.createElement('button');
        button.textContent = 'Sửa';
        button.addEventListener('click', function () { edit(u); });
        action.appendChild(button);
        row.appendChild(action);
        body.appendChild(row);
      });
    });
  }

  $('connect').addEventListener('click', function () {
    auth = 'Basic ' + btoa(unescape(encodeURIComponent($('user').value + ':' + $('password').value)));
    call('GET', '/api/organisations/kinds').then(function (list) {
      var select = $('kind');
      select.textContent = '';
      list.forEach(function (k) {
        kinds[k.kind] = k.label;
        var o = document.createElement('option');
        o.value = k.kind;
        o.textContent = k.label + ' (' + k.kind + ')';
        select.appendChild(o);
      });
      return call('GET', '/api/areas/sets');
    }).then(function (sets) {
      var active = sets.filter(function (s) { return s.active; })[0];
      $('areaSet').textContent = active ? 'Danh mục địa bàn đang áp dụng: ' + active.name : 'Chưa có danh mục địa bàn';
      return load();
    }).then(function () { show('ok', 'Đã đăng nhập.'); }).catch(fail);
  });

  $('unitForm').addEventListener('submit', function (event) {
    event.preventDefault();
    call('POST', '/api/organisations', formValue()).then(function (u) {
      show('ok', 'Đã đăng ký đơn vị ' + u.code + '.');
      return load();
    }).catch(fail);
  });

  $('update').addEventListener('click', function () {
    var value = formValue();
    call('PUT', '/api/organisations/' + encodeURIComponent(value.code), value).then(function (u) {
      show('ok', 'Đã lưu đơn vị ' + u.code + '.');
      return load();
    }).catch(fail);
  });

  $('import').addEventListener('click', function () {
    var file = $('csv').files[0];
    if (!file) { show('error', 'Chọn tệp CSV trước.'); return; }
    var data = new FormData();
    data.append('file', file);
    call('POST', '/api/organisations/import', data).then(function (r) {
      show('ok', 'Đã nhập: ' + r.created + ' đơn vị mới, ' + r.updated + ' đơn vị được cập nhật.');
      return load();
    }).catch(fail);
  });
}());
