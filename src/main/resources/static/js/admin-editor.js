// Turns every textarea.rich-text into a TinyMCE editor (self-hosted from the webjar). The server
// sanitises whatever the editor sends; this file only makes writing comfortable.
(function () {
  'use strict';

  // Our own Vietnamese labels for the parts of the editor we use.
  var vietnamese = {
    'Bold': 'Đậm', 'Italic': 'Nghiêng', 'Underline': 'Gạch chân', 'Strikethrough': 'Gạch ngang',
    'Blocks': 'Kiểu đoạn', 'Paragraph': 'Đoạn văn', 'Heading 2': 'Tiêu đề 2', 'Heading 3': 'Tiêu đề 3', 'Heading 4': 'Tiêu đề 4',
    'Bullet list': 'Danh sách chấm', 'Numbered list': 'Danh sách số', 'Blockquote': 'Trích dẫn',
    'Insert/edit link': 'Chèn/sửa liên kết', 'Insert/Edit Link': 'Chèn/sửa liên kết', 'Remove link': 'Bỏ liên kết', 'Link': 'Liên kết',
    'URL': 'Địa chỉ', 'Text to display': 'Chữ hiển thị', 'Title': 'Tiêu đề', 'Open link in...': 'Mở liên kết trong...',
    'Current window': 'Cửa sổ hiện tại', 'New window': 'Cửa sổ mới',
    'Insert/edit image': 'Chèn/sửa ảnh', 'Image': 'Ảnh', 'Source': 'Nguồn', 'Alternative description': 'Mô tả thay thế',
    'Image is decorative': 'Ảnh trang trí', 'Width': 'Rộng', 'Height': 'Cao', 'Upload': 'Tải lên', 'General': 'Chung',
    'Browse for an image': 'Chọn ảnh', 'Drop an image here': 'Thả ảnh vào đây', 'Constrain proportions': 'Giữ tỉ lệ',
    'Table': 'Bảng', 'Insert table': 'Chèn bảng', 'Table properties': 'Thuộc tính bảng', 'Delete table': 'Xóa bảng',
    'Row': 'Hàng', 'Column': 'Cột', 'Cell': 'Ô', 'Insert row before': 'Chèn hàng phía trên', 'Insert row after': 'Chèn hàng phía dưới',
    'Delete row': 'Xóa hàng', 'Insert column before': 'Chèn cột bên trái', 'Insert column after': 'Chèn cột bên phải',
    'Delete column': 'Xóa cột', 'Undo': 'Hoàn tác', 'Redo': 'Làm lại', 'Save': 'Lưu', 'Cancel': 'Hủy', 'Close': 'Đóng',
    'Clear formatting': 'Xóa định dạng', 'Rich Text Area': 'Vùng soạn thảo', 'Words: {0}': 'Số từ: {0}',
    'Press {0} for help': 'Nhấn {0} để xem trợ giúp', 'More...': 'Thêm...', 'Reveal or hide additional toolbar items': 'Hiện hoặc ẩn thêm nút',
    'Text color': 'Màu chữ', 'Align left': 'Căn trái', 'Align center': 'Căn giữa', 'Align right': 'Căn phải', 'Justify': 'Căn đều',
    'Source code': 'Mã nguồn', 'Fullscreen': 'Toàn màn hình', 'Image upload failed': 'Tải ảnh lên không thành công'
  };

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  function uploadImage(blobInfo) {
    return new Promise(function (resolve, reject) {
      var data = new FormData();
      data.append('file', blobInfo.blob(), blobInfo.filename());
      var request = new XMLHttpRequest();
      request.open('POST', '/quan-tri/media');
      var protection = csrf();
      if (protection) {
        request.setRequestHeader(protection.header, protection.token);
      }
      request.onload = function () {
        var answer = {};
        try { answer = JSON.parse(request.responseText); } catch (ignored) { /* not JSON */ }
        if (request.status === 200 && answer.location) {
          resolve(answer.location);
        } else {
          reject({ message: answer.error || 'Tải ảnh lên không thành công', remove: true });
        }
      };
      request.onerror = function () { reject({ message: 'Không kết nối được máy chủ', remove: true }); };
      request.send(data);
    });
  }

  function start() {
    if (!window.tinymce || !document.querySelector('textarea.rich-text')) {
      return;
    }
    window.tinymce.addI18n('vi', vietnamese);
    window.tinymce.init({
      selector: 'textarea.rich-text',
      language: 'vi',
      promotion: false,
      branding: false,
      menubar: false,
      height: 480,
      plugins: 'lists link image table autolink',
      toolbar: 'undo redo | blocks | bold italic underline | bullist numlist blockquote | link image table | removeformat',
      block_formats: 'Đoạn văn=p; Tiêu đề 2=h2; Tiêu đề 3=h3; Tiêu đề 4=h4',
      content_css: false,
      images_upload_handler: uploadImage,
      automatic_uploads: true,
      paste_data_images: true,
      image_dimensions: false,
      relative_urls: false,
      convert_urls: false,
      // Keep Vietnamese letters as they are (not &aacute; …): readable HTML, and words that search can find.
      entity_encoding: 'raw',
      link_default_target: '',
      table_default_styles: {},
      setup: function (editor) {
        // The form posts the textarea; keep it in step so "Lưu" never loses what was typed.
        editor.on('change input undo redo', function () { editor.save(); });
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
