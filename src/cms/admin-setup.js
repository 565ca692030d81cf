// Loaded on /admin/ only, after Decap CMS: the preview pane uses the site's stylesheet and shows a column issue
// with the same headings and facts as its public page. Plain script served by src/pages/admin/setup.js.ts, which
// defines SITE (column names, the preview stylesheet's address) from the vocabulary and the paths module.
// CMS and h are Decap's globals.
/* global CMS, h, SITE */
(function () {
  CMS.registerPreviewStyle(SITE.previewStyle);

  // Decap's Vietnamese locale leaves the editor's widgets in English: fill in the phrases editors meet.
  var phrases = {
    collection: { collectionTop: { viewAsList: 'Xem dạng danh sách', viewAsGrid: 'Xem dạng lưới', groupBy: 'Nhóm theo' } },
    editor: {
      editorControl: { field: { widgetLabel: 'Ô %{widgetLabel}' } },
      editorInterface: { togglePreview: 'Bật, tắt phần xem trước', toggleScrollSync: 'Cuộn cùng phần xem trước' },
      editorWidgets: {
        markdown: {
          bold: 'Chữ đậm', italic: 'Chữ nghiêng', strikethrough: 'Gạch ngang', code: 'Mã', link: 'Liên kết',
          linkPrompt: 'Nhập địa chỉ của liên kết', headings: 'Tiêu đề mục', quote: 'Trích dẫn',
          bulletedList: 'Danh sách gạch đầu dòng', numberedList: 'Danh sách đánh số', addComponent: 'Chèn thành phần',
          toggleMode: { rich: 'Chuyển sang soạn thảo trực quan', markdown: 'Chuyển sang soạn dạng ký hiệu' },
        },
        image: {
          chooseMultiple: 'Chọn các ảnh', chooseUrl: 'Chèn từ địa chỉ web', replaceUrl: 'Thay bằng địa chỉ web',
          promptUrl: 'Nhập địa chỉ của ảnh', addMore: 'Thêm ảnh', removeAll: 'Bỏ tất cả ảnh',
        },
        file: {
          chooseMultiple: 'Chọn các tệp', chooseUrl: 'Chèn từ địa chỉ web', replaceUrl: 'Thay bằng địa chỉ web',
          promptUrl: 'Nhập địa chỉ của tệp', addMore: 'Thêm tệp', removeAll: 'Bỏ tất cả tệp',
        },
        datetime: { setToNow: 'Đặt %{fieldLabel} là hôm nay' },
        list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
        object: { expand: 'Mở rộng', collapse: 'Thu gọn' },
      },
    },
    mediaLibrary: {
      mediaLibraryCard: { copy: 'Sao chép', copyUrl: 'Sao chép địa chỉ', copyPath: 'Sao chép đường dẫn', copyName: 'Sao chép tên', copied: 'Đã sao chép' },
      mediaLibraryModal: { close: 'Đóng' },
    },
    ui: { settingsDropdown: { account: 'Tài khoản' } },
  };
  function fillIn(target, extra) {
    Object.keys(extra).forEach(function (key) {
      if (typeof extra[key] === 'object') fillIn(target[key] || (target[key] = {}), extra[key]);
      else if (target[key] === undefined) target[key] = extra[key];
    });
  }
  var vi = CMS.getLocale('vi');
  fillIn(vi, phrases);
  // "＋ kỳ": the full-width plus is missing from many system fonts; a verb reads better anyway.
  vi.collection.collectionTop.newButton = 'Viết %{collectionLabel} mới';

  function fact(term, value) {
    return h('div', {}, h('dt', {}, term), h('dd', {}, value || '—'));
  }

  function ColumnIssuePreview(props) {
    var data = props.entry.get('data');
    var get = function (name) { return data.get(name); };
    var sources = (get('sources') && get('sources').toJS ? get('sources').toJS() : []) || [];
    return h('main', { className: 'container' },
      get('draft') ? h('p', { className: 'notice preview-draft' }, 'Bản nháp: chưa đăng lên trang.') : null,
      h('h1', {}, get('title') || 'Tiêu đề'),
      h('dl', { className: 'issue-facts' },
        fact('Chuyên mục', SITE.columnNames[get('column')]),
        fact('Kỳ số', get('issue')),
        fact('Ngày đăng', get('date')),
        fact('Chủ đề', get('subject'))),
      h('p', { className: 'issue-summary' }, get('summary')),
      props.widgetFor('body'),
      h('h2', {}, 'Nguồn'),
      h('ul', {}, sources.map(function (source, index) {
        return h('li', { key: index }, source.name, source.date ? ' (đăng ngày ' + source.date + ')' : '');
      })));
  }

  function DocumentPreview(props) {
    var data = props.entry.get('data');
    return h('main', { className: 'container' },
      h('h1', {}, data.get('title') || 'Tên văn bản'),
      h('dl', { className: 'issue-facts' },
        fact('Số, ký hiệu', data.get('number') || 'chưa cập nhật'),
        fact('Cơ quan ban hành', data.get('issuer')),
        fact('Ngày ban hành', data.get('date') || 'chưa cập nhật'),
        fact('Người ký', data.get('signer') || 'chưa cập nhật')),
      h('p', { className: 'issue-summary' }, data.get('summary')),
      props.widgetFor('body'));
  }

  // Figures the Vietnamese way (7.178; 1,83%), as the page writes them with src/lib/numbers.ts.
  function figure(value, kind) {
    if (value === undefined || value === null || value === '') return 'không nêu';
    if (typeof value !== 'number') return String(value);
    var digits = kind === 'percent' ? 2 : 0;
    var text = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
    return kind === 'percent' ? text + '%' : text;
  }

  function ResultsPreview(props) {
    var data = props.entry.get('data');
    var columns = (data.get('columns') && data.get('columns').toJS()) || [];
    var rows = (data.get('rows') && data.get('rows').toJS()) || [];
    return h('main', { className: 'container' },
      h('h2', {}, data.get('title') || 'Tên bảng'),
      h('p', {}, data.get('description')),
      h('div', { className: 'table-scroll' }, h('table', {},
        h('thead', {}, h('tr', {}, columns.map(function (column) {
          return h('th', { key: column.key, scope: 'col', className: column.kind === 'text' ? '' : 'num' }, column.label);
        }))),
        h('tbody', {}, rows.map(function (row, index) {
          return h('tr', { key: index }, columns.map(function (column, at) {
            var text = column.kind === 'text' ? row[column.key] : figure(row[column.key], column.kind);
            return at === 0 ? h('th', { key: column.key, scope: 'row' }, text) : h('td', { key: column.key, className: column.kind === 'text' ? '' : 'num' }, text);
          }));
        })))),
      data.get('note') ? h('p', {}, data.get('note')) : null);
  }

  // Saving (cleaning, the build's checks, the last-change day) is src/cms/admin-start.ts's and the local backend's.
  Object.keys(SITE.columnNames).forEach(function (column) { CMS.registerPreviewTemplate(column, ColumnIssuePreview); });
  CMS.registerPreviewTemplate('van-ban', DocumentPreview);
  (SITE.resultsTables || []).forEach(function (file) { CMS.registerPreviewTemplate(file, ResultsPreview); });
})();
