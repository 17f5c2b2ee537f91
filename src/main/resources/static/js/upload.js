// Trao đổi số liệu: posts with XMLHttpRequest to show the upload's progress, and puts the answer (the result block) in place;
// without script the forms post normally and the whole page comes back.
(function () {
    function send(form, showProgress) {
        var progress = document.getElementById('tien-do');
        var status = document.getElementById('trang-thai');
        var xhr = new XMLHttpRequest();
        xhr.open('POST', form.action);
        xhr.setRequestHeader('HX-Request', 'true');
        if (showProgress) {
            progress.hidden = false;
            progress.value = 0;
            xhr.upload.onprogress = function (e) {
                if (e.lengthComputable) {
                    progress.value = Math.round(e.loaded * 100 / e.total);
                    status.textContent = 'Đang gửi ' + progress.value + '%';
                }
            };
            xhr.upload.onload = function () { status.textContent = 'Đã gửi xong, đang kiểm tra số liệu...'; };
        }
        xhr.onload = function () {
            status.textContent = '';
            progress.hidden = true;
            var type = xhr.getResponseHeader('Content-Type') || '';
            if (type.indexOf('json') >= 0) { // refused before the page handler (e.g. too large)
                var problem = JSON.parse(xhr.responseText);
                document.getElementById('ket-qua').innerHTML = '<div id="loi" class="loi" role="alert"></div>';
                document.getElementById('loi').textContent = problem.detail || 'Tệp bị từ chối';
                return;
            }
            document.getElementById('ket-qua').outerHTML = xhr.responseText;
            bind();
        };
        xhr.onerror = function () { status.textContent = 'Mất kết nối khi gửi tệp; hãy thử lại.'; progress.hidden = true; };
        xhr.send(new FormData(form));
    }
    function bind() {
        var commit = document.getElementById('form-ghi');
        if (commit && !commit.dataset.bound) {
            commit.dataset.bound = '1';
            commit.addEventListener('submit', function (e) { e.preventDefault(); commit.querySelector('button').disabled = true; send(commit, false); });
        }
    }
    document.getElementById('form-tai-len').addEventListener('submit', function (e) { e.preventDefault(); send(e.target, true); });
    bind();
})();
