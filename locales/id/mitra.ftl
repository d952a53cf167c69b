# Mitra — Indonesian (Bahasa Indonesia), translated from the English source locale.
# Rules for translators: keep every message id; use only the variables shown; plain words a
# person with little schooling understands; never mention a second vault or a "decoy".

## Bahasa (Language)

language-name = Bahasa Indonesia

## Kesalahan: apa yang terjadi dan apa yang bisa dilakukan (Errors)

error-not-set-up = Mitra belum disiapkan di sini. Siapkan dulu.
error-already-set-up = Mitra sudah disiapkan di sini.
error-locked = Mitra terkunci. Masukkan PIN Anda.
error-wrong-pin = PIN salah.
error-wrong-pin-left = { $attempts ->
    [1] PIN salah. Kalau PIN salah sekali lagi, semuanya akan dihapus.
   *[other] PIN salah. Sisa { $attempts } kali coba.
}
error-try-later = Terlalu banyak PIN salah. Coba lagi setelah { $seconds } detik.
error-pin-too-short = PIN terlalu pendek. Pakai paling sedikit 4 angka.
error-pin-too-long = PIN terlalu panjang.
error-pin-not-distinct = Pilih PIN yang berbeda.
error-text-empty = Tolong tulis sesuatu dulu.
error-text-too-long = Tulisan ini terlalu panjang. Tolong buat lebih pendek.
error-invalid-input = Isian ini tidak benar: { $field }.
error-not-found = Ini tidak ditemukan. Mungkin sudah dihapus.
error-key-store-unavailable = Tempat penyimpanan kunci di HP sedang sibuk. Buka kunci HP, lalu coba lagi.
error-key-lost = HP kehilangan kunci untuk data ini. Data ini tidak bisa dibuka lagi. Anda bisa menghapusnya dan mulai dari awal.
error-storage = Gagal menyimpan. Yang sudah tersimpan tidak hilang. Periksa apakah memori HP masih cukup.
error-internal = Ada yang salah di dalam Mitra. Yang sudah tersimpan tidak hilang.
error-usage = { $detail }
error-no-pin-given = PIN tidak diberikan. Isi MITRA_PIN atau jalankan di terminal.
error-no-new-pin-given = PIN baru tidak diberikan. Isi MITRA_NEW_PIN atau jalankan di terminal.
error-pins-differ = Kedua PIN itu tidak sama.
error-wipe-needs-yes = Untuk menghapus, perlu --yes kalau tidak ada terminal.
error-wipe-not-confirmed = Belum disetujui. Tidak ada yang dihapus.
error-duress-needs-pin = --wipe-on-duress perlu PIN kedua di MITRA_DURESS_PIN.
error-bad-language-tag = Ini bukan kode bahasa: { $tag }
error-no-data-dir = Tidak ada folder data. Pakai --data-dir atau MITRA_DATA_DIR.

## Mitra dan status (CLI) (Vault and status)

prompt-pin = PIN:
prompt-new-pin = PIN baru:
prompt-pin-again = Sekali lagi:
vault-set-up = Mitra sudah disiapkan di { $dir }.
vault-none = Mitra belum disiapkan di { $dir }.
vault-locked-in = Mitra di { $dir } terkunci.
vault-failed-attempts = Jumlah PIN salah sejak terakhir dibuka: { $count }.
vault-limit = { $max ->
    [0] PIN salah tidak pernah menghapus apa pun.
   *[other] Semuanya dihapus setelah { $max } kali PIN salah berturut-turut.
}
vault-wait = PIN berikutnya baru bisa dimasukkan setelah { $seconds } detik.
vault-weak-key-store = Komputer ini tidak punya tempat aman untuk menyimpan kunci. Pakai PIN yang panjang.
vault-pin-accepted = PIN diterima. Mitra sudah terkunci lagi.
vault-locked = Terkunci. Baris perintah tidak pernah membiarkan Mitra tetap terbuka.
vault-pin-changed = PIN sudah diganti.
wipe-confirm = Hapus semua isi { $dir }? Ini tidak bisa dibatalkan. Ketik { wipe-confirm-word }:
# Kata yang diketik untuk menyetujui penghapusan (kata bahasa Inggris "yes" juga selalu diterima).
wipe-confirm-word = ya
wipe-done = Sudah dihapus: { $files } file dimusnahkan dalam { $ms } milidetik.

## Buku catatan (Journal)

journal-saved = Catatan { $id } disimpan.
journal-deleted = Catatan { $id } dihapus.
journal-empty = Buku catatan masih kosong.

## Minta bantuan: apa yang dibutuhkan (dipilih dengan sentuhan) (Help request: needs)

need-leave-now = Saya harus keluar sekarang
need-medical = Bantuan kesehatan
need-shelter = Tempat tinggal yang aman
need-police = Polisi
need-legal = Bantuan hukum
need-unpaid-wages = Gaji saya tidak dibayar
need-documents-taken = Paspor atau dokumen saya diambil
need-other-in-danger = Ada orang lain dalam bahaya
need-other = Hal lain

## Minta bantuan: cara aman menghubungi orang ini (Help request: safe contact)

contact-none = Jangan hubungi saya
contact-sms = Pesan teks (SMS)
contact-call = Telepon
contact-whatsapp = WhatsApp
help-people = { $count } orang
help-minors = Ada anak di bawah 18 tahun bersama saya
help-saved = Permintaan bantuan disimpan dan menunggu dikirim. Nomornya { $id }.

## Laporan: tentang siapa, dan siapa yang bertanya (Reports: about whom, who asked)

about-self = Tentang saya
about-someone-else = Tentang orang lain
role-outreach-worker = Petugas lapangan
role-case-worker = Pendamping kasus
role-lawyer = Pengacara
role-health-worker = Petugas kesehatan
role-shelter-staff = Petugas rumah aman
role-volunteer = Relawan
role-other = Lainnya

## Laporan: jenis pekerjaan (Reports: kind of work)

sector-domestic-work = Kerja rumah tangga
sector-construction = Kerja bangunan
sector-agriculture = Kerja kebun dan pertanian
sector-fishing = Perikanan dan kapal ikan
sector-manufacturing = Kerja pabrik
sector-hospitality = Hotel dan restoran
sector-care-work = Merawat lansia atau orang sakit
sector-entertainment = Hiburan
sector-mining = Tambang
sector-transport = Sopir dan angkutan
sector-other = Pekerjaan lain

## Laporan: pertanyaan (indikator), dijawab ya, tidak, atau tidak yakin (Reports: questions)

indicator-abuse-of-vulnerability = Apakah ada orang yang memanfaatkan keadaan Anda yang sulit (tidak punya uang, tidak punya dokumen, tidak bisa bahasanya)?
    .name = Penyalahgunaan kerentanan
indicator-deception = Apakah pekerjaan, gaji, atau tempatnya berbeda dari yang dijanjikan?
    .name = Penipuan
indicator-restriction-of-movement = Apakah Anda dilarang keluar dari tempat kerja atau dari tempat Anda tidur?
    .name = Pembatasan gerak
indicator-isolation = Apakah Anda dijauhkan dari orang lain, atau dari HP Anda?
    .name = Isolasi
indicator-physical-sexual-violence = Apakah Anda dipukul, disakiti, atau disentuh secara seksual padahal Anda tidak mau?
    .name = Kekerasan fisik atau seksual
indicator-intimidation-threats = Apakah Anda diancam, atau keluarga Anda diancam?
    .name = Intimidasi dan ancaman
indicator-retention-of-documents = Apakah ada orang yang menahan paspor atau kartu identitas Anda?
    .name = Dokumen ditahan orang lain
indicator-withholding-of-wages = Apakah gaji Anda ditahan atau tidak dibayar?
    .name = Gaji ditahan
indicator-debt-bondage = Apakah Anda harus bekerja untuk membayar utang yang terus bertambah?
    .name = Jeratan utang
indicator-abusive-conditions = Apakah tempat kerja atau tempat tinggal Anda berbahaya, kotor, atau merendahkan Anda?
    .name = Kondisi kerja atau tinggal buruk
indicator-excessive-overtime = Apakah Anda harus bekerja sangat lama setiap hari, atau tanpa hari libur?
    .name = Lembur berlebihan
indicator-recruitment-fees = Apakah Anda membayar biaya untuk mendapat pekerjaan ini?
    .name = Biaya perekrutan
indicator-always-accompanied = Kalau Anda keluar, apakah selalu ada orang yang ikut bersama Anda?
    .name = Selalu ditemani
indicator-no-control-of-salary = Apakah orang lain yang menguasai gaji atau kartu ATM Anda?
    .name = Tidak menguasai gaji sendiri
indicator-no-access-to-passport = Apakah paspor Anda disimpan di tempat yang tidak bisa Anda ambil?
    .name = Tidak bisa mengambil paspor
indicator-ai-voice-clone = Apakah ada telepon yang suaranya mirip keluarga atau teman, tetapi ternyata bukan mereka?
    .name = Suara tiruan
indicator-ai-deepfake = Apakah Anda pernah diperlihatkan foto atau video yang mungkin palsu?
    .name = Gambar atau video palsu
indicator-ai-forged-documents = Apakah Anda diberi dokumen (kontrak, visa, izin) yang mungkin palsu?
    .name = Dokumen palsu
indicator-ai-fake-company = Apakah perusahaan itu atau situs webnya ternyata palsu?
    .name = Perusahaan atau situs web palsu
answer-yes = Ya
answer-no = Tidak
answer-unsure = Tidak yakin

## Persetujuan, ditanyakan dengan kata-kata sederhana (Consent)

consent-hotline = Bolehkah kami mengirim ini ke hotline, supaya petugas di sana bisa membacanya dan membantu?
    .name = Hotline
consent-ngo = Bolehkah hotline membagikannya kepada organisasi yang membantu pekerja?
    .name = Organisasi pendamping
consent-police = Bolehkah hotline memberikannya kepada polisi?
    .name = Polisi

## Status catatan (Record status)

status-draft = Draf (belum dikirim)
status-queued = Menunggu dikirim
status-sent = Terkirim
status-acknowledged = Sudah diterima hotline
kind-help-request = Permintaan bantuan
kind-report = Laporan
kind-review = Ulasan agen perekrut

## Penilaian: bisa dijelaskan, bukan keputusan akhir (Assessment)

urgency-routine = Biasa
urgency-elevated = Perlu perhatian
urgency-high = Mendesak
urgency-immediate = Bahaya sekarang
concern-violence = Ada laporan kekerasan atau ancaman.
concern-confinement = Orang ini mungkin tidak bebas pergi.
concern-documents = Dokumen identitas dipegang orang lain.
concern-debt-and-wages = Ada tanda jeratan utang atau gaji tidak dibayar.
concern-deception = Ada tanda penipuan saat perekrutan.
concern-ai-deception = Ada tanda telepon, gambar, atau dokumen palsu yang dipakai.
concern-forced-labour = Ada { $count } tanda kerja paksa yang dijawab ya.
concern-minors = Ada anak-anak yang terlibat.
concern-urgent-need = Orang ini meminta bantuan segera.
concern-unsure = Ada jawaban "tidak yakin": sebaiknya ditanyakan lagi.
concern-raised-by = Karena: { $reasons }
assessment-urgency = Saran tingkat kedaruratan: { $urgency }
assessment-disclaimer = Ini hanya saran berdasarkan jawaban. Petugas hotline membaca semuanya, lalu dialah yang memutuskan.

## Isian data, sebagai label (Record fields, as labels)

field-status = Status
field-created = Ditulis
field-needs = Kebutuhan
field-people = Jumlah orang
field-minors = Anak di bawah 18 tahun
field-country = Negara
field-area = Daerah
field-position = Lokasi persis
field-contact = Cara menghubungi
field-contact-window = Waktu aman untuk dihubungi
field-language = Bahasa
field-note = Catatan
field-about = Tentang
field-interviewer = Dicatat oleh
field-sector = Pekerjaan
field-origin = Dari
field-transit = Lewat
field-destination = Ke
field-nationality = Kewarganegaraan
field-recruiter = Perekrut
field-employer = Majikan
field-recruited-on = Direkrut
field-work-started-on = Mulai bekerja
field-work-ended-on = Berhenti bekerja
field-narrative = Apa yang terjadi
field-answers = Jawaban
field-consent = Setuju dibagikan kepada
field-consent-none = Belum ada
field-attachments = Foto dan rekaman
field-purged = Isinya sudah dihapus setelah hotline menerimanya. Tanda terimanya tetap disimpan.
attachment-photo = Foto
attachment-audio = Rekaman
value-yes = Ya
value-no = Tidak

## Kesalahan tentang data (Errors about records)

error-consent-needed = Ini hanya bisa dikirim kalau Anda setuju mengirimnya ke hotline.
error-not-a-draft = Ini sudah dikirim, jadi tidak bisa diubah lagi.
error-needs-empty = Pilih paling sedikit satu hal yang Anda butuhkan.
error-contact-number-missing = Tolong tulis nomor telepon untuk cara menghubungi ini.
error-not-a-phone-number = Ini bukan nomor telepon.
error-not-a-country = Pakai kode negara dua huruf, misalnya NP atau MY.
error-not-a-date = Ini bukan tanggal.
error-people-out-of-range = Jumlah orang harus antara 1 dan 999.
error-not-a-language = Ini bukan kode bahasa.
error-attachment-too-large = File ini terlalu besar.
error-attachment-type = Jenis file ini tidak bisa ditambahkan. Pakai foto atau rekaman suara.
error-attachment-too-many = Tidak bisa menambah file lagi ke laporan ini.
error-id-ambiguous = Ada lebih dari satu data yang nomornya diawali seperti ini. Tulis nomornya lebih lengkap.
error-not-an-id = Ini bukan nomor data.
error-file-unreadable = File { $file } tidak bisa dibaca.
error-report-file = File laporan tidak benar: { $detail }
error-bad-value = { $flag }: nilai ini tidak diterima: { $value }

## Laporan dan kotak keluar (CLI) (Reports and outbox)

report-saved = Laporan { $id } disimpan sebagai draf.
report-queued = Laporan { $id } menunggu dikirim.
report-deleted = { $id } sudah dihapus untuk selamanya.
report-none = Tidak ada laporan atau permintaan bantuan.
report-line = { $id }  { $kind }  { $status }  { $date }
outbox-empty = Tidak ada yang menunggu dikirim.
outbox-entry = { $id }: { $status }, sudah dicoba { $attempts } kali.
outbox-last-error = Masalah terakhir: { $error }
outbox-no-hotline = Belum ada hotline yang terhubung: data menunggu di HP ini dalam keadaan terenkripsi (terkunci dengan sandi).
settings-purge = { $days ->
    [0] Data tetap disimpan setelah diterima hotline.
   *[other] Isi data dihapus { $days } hari setelah diterima hotline.
}

## Demo

demo-title = Demo Mitra: HP seorang pekerja, di folder sementara.
demo-setup = 1. Sita menyiapkan Mitra dengan PIN { $pin }, dan PIN kedua { $duress } untuk saat ada orang yang memaksanya membuka kunci.
demo-journal = 2. Dia menulis di buku catatannya: "{ $note }"
demo-on-disk = 3. HP terkunci. File di penyimpanan: { $files }.
demo-nothing-readable = Kata "passport" dicari di setiap file, tetapi tidak ditemukan: semuanya terenkripsi.
demo-wrong-pin = 4. Majikannya mengambil HP itu dan mencoba PIN 0000.
demo-refused = Ditolak: sisa { $attempts } kali coba sebelum semuanya dihapus.
demo-duress = 5. Majikan memaksa Sita membuka kunci. Sita mengetik PIN kedua { $duress }.
demo-decoy = Mitra terbuka seperti biasa, dengan buku catatan kosong. Tidak ada tanda bahwa ada hal lain.
demo-real = 6. Nanti, saat sendirian, dia membuka kunci dengan PIN aslinya { $pin }.
demo-note-there = Catatannya masih ada, bertanggal { $date }.
demo-help-request = 7. Dia minta bantuan dalam bahasa Nepal: dia harus pergi sekarang, paspornya diambil, hubungi lewat SMS pada malam hari.
demo-help-queued = Tersimpan dan menunggu hotline, terenkripsi di HP ({ $bytes } byte).
demo-field-report = 8. Seorang pendamping kasus mewawancarai Ram di rumah aman dan mencatat laporan dengan persetujuannya.
demo-assessment = Laporan itu menyarankan: { $urgency }.
demo-offline = 9. Selama ini HP tidak tersambung. Menunggu dikirim: { $count }, terenkripsi di HP.
demo-hotline = 10. Sebuah organisasi menjalankan hotline (di sini di dalam demo, di { $address }). Sita memindai kartunya: tanda tangannya benar, dan laporan yang menunggu disegel hanya untuknya.
demo-reconnect = 11. Sinyal kembali, tapi lemah: 2G, bolak-balik 600 ms, 20 kbit/s, putus rata-rata tiap 10 detik.
demo-synced = Terkirim dalam { $seconds } detik: { $bytes } byte dikirim, setiap tanda terima ditandatangani hotline dan diperiksa.
demo-export = 12. Di hotline, petugas membuka isinya di komputernya sendiri (server tidak bisa):
demo-wipe = 23. Bahaya lagi: Sita menekan tombol hapus darurat.
demo-wiped = { $files } file dimusnahkan dalam { $ms } milidetik, kunci lebih dulu.
demo-gone = PIN aslinya sekarang tidak membuka apa-apa: tidak ada lagi yang bisa dibuka.
demo-done = Demo selesai: setiap langkah di atas sudah diperiksa.
demo-broken = Demo menemukan janji yang tidak ditepati: { $what }

## Pairing and delivery

error-card-invalid = Kartu hotline ini tidak sah: mungkin sudah diubah atau dipalsukan. Jangan dipakai.
error-card-other-hotline = Masih ada laporan yang menunggu dikirim ke hotline sekarang. Kirim dulu, baru hubungkan dengan hotline lain.
error-card-older = Kartu ini lebih lama dari kartu yang sudah terhubung.
error-not-paired = Belum ada hotline yang terhubung. Masukkan kartu hotline dulu (mitra pair).
error-insecure-endpoint = Alamat hotline ini tidak aman (bukan https). Tidak ada yang dikirim.
error-budget-range = Batas data ini terlalu besar.
paired = Terhubung dengan { $name }. Laporan yang menunggu di HP ini sudah disegel untuknya.
sync-summary = Terkirim { $sent }, diterima hotline { $acknowledged }, masih menunggu { $pending }, gagal { $failed }.
sync-budget = Batas data hari ini sudah habis: sisanya dikirim besok atau saat ada Wi-Fi.
sync-failed-hint = Beberapa laporan ditolak hotline. Laporan itu tetap di HP ini sampai Anda menghapusnya.
outbox-sealed = disegel untuk hotline
outbox-failed = ditolak hotline
