## Simpanan kontrak, perbandingan dengan kontrak yang datang kemudian, dan cek gaji. (Contract snapshots, comparison with a later contract, and the wage check: core/src/contracts.)
## Amounts arrive already formatted for the locale, with their currency code ("QAR 1.400").

# A wage or deduction with what it is paid per. $period: month, week, day, hour, once.
contract-pay = { $period ->
    [month] { $amount } per bulan
    [week] { $amount } per minggu
    [day] { $amount } per hari
    [hour] { $amount } per jam
   *[once] { $amount } sekali saja
}
# Who keeps the passport.
contract-holder = { $holder ->
    [worker] pekerja sendiri
    [employer] majikan
   *[agent] agen
}
# The name of one term of a contract.
contract-term = { $term ->
    [employer] Majikan
    [job_title] Pekerjaan
    [workplace] Tempat kerja
    [wage] Gaji
    [hours_per_day] Jam kerja per hari
    [days_off_per_week] Hari libur per minggu
    [overtime_rate] Upah lembur
    [duration_months] Lama kontrak
    [fees] Biaya
    [deductions] Potongan gaji
    [accommodation] Tempat tinggal
    [passport_held_by] Siapa yang memegang paspor
   *[language] Bahasa kontrak
}
# How much a difference matters.
contract-severity = { $severity ->
    [high] Serius
    [medium] Penting
    [low] Catatan
   *[better] Lebih baik untuk Anda
}

## Differences between the snapshot ($before) and the contract shown now ($after).
contract-change-wage-lower = Gaji Anda lebih rendah: { $after }, bukan { $before }. Artinya { $by } lebih sedikit setiap bulan ({ $percent } %).
contract-change-wage-higher = Gaji Anda lebih tinggi: { $after }, bukan { $before } ({ $by } lebih banyak setiap bulan).
contract-change-wage-not-comparable = Gaji Anda sekarang dalam mata uang lain: { $after }, bukan { $before }. Cari tahu kursnya, lalu bandingkan lagi.
contract-change-hours-longer = Jam kerja sehari lebih panjang: { $after } jam, bukan { $before } jam.
contract-change-hours-shorter = Jam kerja sehari lebih pendek: { $after } jam, bukan { $before } jam.
contract-change-days-off-fewer = Hari libur lebih sedikit: { $after } hari per minggu, bukan { $before } hari.
contract-change-days-off-more = Hari libur lebih banyak: { $after } hari per minggu, bukan { $before } hari.
contract-change-overtime-lower = Upah lembur lebih kecil: { $after } kali upah biasa, bukan { $before } kali.
contract-change-overtime-higher = Upah lembur lebih besar: { $after } kali upah biasa, bukan { $before } kali.
contract-change-employer-changed = Majikan lain: “{ $after }”, bukan “{ $before }”.
contract-change-job-changed = Pekerjaan lain: “{ $after }”, bukan “{ $before }”.
contract-change-workplace-changed = Tempat kerja lain: “{ $after }”, bukan “{ $before }”.
contract-change-fee-added = Ada biaya baru yang harus Anda bayar: { $after }.
contract-change-fee-higher = Biaya yang harus Anda bayar lebih tinggi: { $after }, bukan { $before }.
contract-change-fee-lower = Biaya lebih rendah: { $after }, bukan { $before }.
contract-change-deduction-added = Ada potongan gaji baru untuk { $what }: { $after }.
contract-change-deduction-higher = Potongan gaji untuk { $what } lebih besar: { $after }, bukan { $before }.
contract-change-deduction-lower = Potongan gaji untuk { $what } lebih kecil: { $after }, bukan { $before }.
contract-change-passport-taken = Menurut kontrak ini, paspor Anda akan dipegang oleh { $after }. Di kebanyakan negara, menahan paspor pekerja itu melanggar hukum.
contract-change-passport-returned = Sekarang Anda memegang paspor Anda sendiri (sebelumnya dipegang: { $before }).
contract-change-passport-holder-changed = Paspor Anda akan dipegang oleh { $after }, bukan oleh { $before }.
contract-change-duration-longer = Kontrak lebih lama: { $after } bulan, bukan { $before } bulan.
contract-change-duration-shorter = Kontrak lebih singkat: { $after } bulan, bukan { $before } bulan.
contract-change-accommodation-changed = Tempat tinggal berbeda: “{ $after }”, bukan “{ $before }”.
contract-change-language-changed = Ditulis dalam bahasa lain: { $after }, bukan { $before }.
contract-change-term-dropped = Tidak disebut lagi: { $term } (kontrak pertama Anda menyebut: { $before }).
contract-change-term-added = Sekarang disebut, tetapi tidak ada di kontrak pertama Anda: { $term }: { $after }.

contract-compare-title = Dibandingkan dengan kontrak yang Anda simpan pada { $date }:
contract-compare-same = Tidak ada perbedaan pada hal-hal yang dibandingkan Mitra. Tetap baca seluruh kontrak sebelum Anda tanda tangan.
contract-compare-count = Ada { $count } perbedaan, { $serious } di antaranya serius.
contract-compare-advice = Anda tidak wajib menandatangani kontrak yang lebih buruk dari kontrak yang Anda tanda tangani di negara asal. Simpan bukti kontrak pertama Anda, dan bicaralah dengan hotline sebelum Anda tanda tangan.

## The wage check: the pay the snapshot promises against the pay received.
contract-wages-expected = Gaji yang dijanjikan kontrak setiap bulan: { $amount } (gaji dikurangi potongan yang tertulis di kontrak).
contract-wages-month-short = { $month }: diterima { $received }, dijanjikan { $expected }. Kurang { $short }.
contract-wages-month-ok = { $month }: diterima { $received }, sesuai janji.
contract-wages-month-other-currency = { $month }: diterima { $received }, dalam mata uang yang berbeda dari gaji. Masukkan kursnya supaya bisa dibandingkan.
contract-wages-total = Kekurangan gaji yang masih menjadi hak Anda sejauh ini: { $short }.
contract-wages-none = Belum ada gaji yang dicatat. Tambahkan berapa yang Anda terima setiap bulan.

## Snapshots.
contract-saved = Kontrak disimpan: { $id }, { $pages ->
    [0] tanpa foto halaman
   *[other] dengan { $pages } foto halaman
}.
contract-fingerprint = Sidik jari digital: { $digest }
contract-timestamp-waiting = Menunggu hotline menandatangani waktunya: ini terjadi saat sinkronisasi berikutnya.
contract-timestamped = Hotline sudah menandatangani bahwa kontrak ini sudah ada pada { $time }. Siapa pun bisa mengeceknya nanti, tanpa internet.
contract-list-empty = Belum ada kontrak yang disimpan.
contract-list-item = { $id } · disimpan { $date } · { $employer } · { $pages } halaman · { $timestamp ->
    [yes] waktu sudah ditandatangani
   *[no] waktu belum ditandatangani
}
contract-employer-not-stated = majikan tidak disebut
contract-deleted = Kontrak dan foto-fotonya sudah dihapus.
contract-proof-written = Bukti ditulis ke { $dir }: { $files }.
contract-timestamps-synced = Waktu untuk { $count } kontrak sudah ditandatangani hotline.

## The README.txt of a proof folder. The commands (sha256sum, minisign) are added by the code on
## their own lines, never translated.
contract-proof-readme-title = Bukti kontrak, dibuat dengan Mitra
contract-proof-readme-what = Folder ini menunjukkan isi kontrak { $id } saat disimpan di sebuah HP pada { $date }. SHA256SUMS berisi sidik jari SHA-256 untuk setiap file kontrak: ketentuan kontrak (terms.json) dan foto halaman-halamannya.
contract-proof-readme-check-files = 1. Periksa bahwa file-file tidak berubah (untuk setiap file muncul OK):
contract-proof-readme-check-time = 2. Periksa bahwa hotline menandatangani SHA256SUMS, dan kapan (waktunya ada di baris "Trusted comment", bahasa Inggris untuk "komentar tepercaya"):
contract-proof-readme-key = hotline.pub adalah kunci publik hotline seperti yang dikenal HP (id kunci { $key }). Bandingkan dengan kunci yang diumumkan hotline.
contract-proof-readme-no-timestamp = Hotline belum menandatangani waktu kontrak ini, jadi hanya langkah 1 yang bisa dilakukan.
contract-proof-readme-withheld = Orang ini memilih untuk tidak menyertakan: { $files }. Sidik jarinya tetap ada di SHA256SUMS, jadi yang disertakan tetap bisa diperiksa.
contract-proof-readme-tools = Alatnya: sha256sum (bagian dari GNU coreutils; di macOS: shasum -a 256) dan minisign (https://jedisct1.github.io/minisign/).

## Errors.
contract-terms-invalid = { $code ->
    [not-json] Ketentuan kontrak bukan JSON yang benar.
    [too-large] File ketentuan kontrak terlalu besar.
    [unknown-key] Mitra tidak mengenal isian “{ $key }” di ketentuan kontrak. Periksa ejaannya.
    [wrong-type] Jenis nilai “{ $key }” di ketentuan kontrak salah.
    [missing] “{ $key }” tidak ada di ketentuan kontrak.
    [empty] “{ $key }” di ketentuan kontrak kosong.
    [too-long] “{ $key }” di ketentuan kontrak terlalu panjang.
    [not-a-currency] “{ $key }” harus berupa kode mata uang tiga huruf, misalnya NPR atau QAR.
    [not-allowed] Nilai “{ $key }” di ketentuan kontrak tidak dikenal Mitra.
    [too-many-decimals] “{ $key }” punya terlalu banyak angka di belakang koma.
    [too-many-items] “{ $key }” berisi terlalu banyak butir.
   *[other] “{ $key }” di ketentuan kontrak di luar batas yang diizinkan.
}
error-page-not-an-image = File ini tidak bisa dipakai sebagai halaman: pakai foto (JPEG, PNG, WebP, HEIC) atau PDF.
error-page-too-large = Foto halaman ini terlalu besar.
error-page-too-many = Tidak bisa menambah halaman lagi ke kontrak ini.
error-rate-invalid = Kurs ini tidak bisa dipakai.
error-wage-not-stated = Kontrak yang disimpan tidak menyebut gaji, jadi tidak ada yang bisa dibandingkan dengan gaji yang diterima.
error-not-a-month = Ini bukan bulan. Tulis seperti ini: 2026-10.
error-proof-folder-not-empty = Folder untuk bukti harus baru atau kosong.

## The demo's contract story (cli demo).
demo-contract-snapshot = 19. Gita menerima tawaran kerja lewat agen yang punya izin resmi. Sebelum berangkat, dia menyimpan kontraknya di Mitra: ketentuannya dan foto { $pages } halamannya.
demo-contract-timestamped = Saat sinkronisasi berikutnya, hotline menandatangani waktunya ({ $time }). Hanya sidik jari digitalnya yang keluar dari HP.
demo-contract-substituted = 20. Di Doha, majikan memberinya kontrak lain untuk ditandatangani. Dia membandingkannya dengan kontrak yang dia simpan:
demo-contract-wages = 21. Tiga bulan kemudian, dia mencatat gaji yang dia terima:
demo-contract-proof = 22. Untuk pengawas ketenagakerjaan, dia membuat folder bukti. sha256sum dan minisign bisa memeriksanya; kalau satu byte saja di sebuah foto diubah, pemeriksaannya gagal.
