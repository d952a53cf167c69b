# Daftar agen perekrut: hasil pencarian, status izin, ulasan. (Recruiter directory: search results, licence status, reviews.)

recruiter-status-licensed = Punya izin resmi
recruiter-status-suspended = Izin dibekukan
recruiter-status-revoked = Izin dicabut
recruiter-status-blacklisted = Masuk daftar hitam pihak berwenang
recruiter-status-unknown = Status izin tidak diketahui

recruiter-heading = { $name } — { $status }
recruiter-licence = Izin { $licence } ({ $country }), dikeluarkan oleh { $authority }
recruiter-status-since = Status ini sejak { $date }
recruiter-aliases = Nama lain: { $aliases }
recruiter-phones = Telepon: { $phones }
recruiter-address = Alamat: { $address }
recruiter-warning-not-licensed = Agen ini mungkin tidak boleh merekrut Anda secara sah sekarang. Jangan bayar agen ini dan jangan berikan paspor Anda kepadanya. Tanya hotline dulu.
recruiter-warning-unknown = Pihak berwenang belum memastikan izin ini. Tanya hotline sebelum Anda membayar apa pun.
recruiter-not-found = Tidak ada agen di daftar yang cocok dengan “{ $query }”. Agen yang tidak ada di daftar mungkin tidak punya izin: itu tanda bahaya. Tanyakan ke hotline sebelum Anda membayar apa pun atau menyerahkan dokumen.
recruiter-not-found-short = Tidak ada di daftar: tanda bahaya.
recruiter-no-directory = Belum ada daftar agen perekrut di HP ini. Daftar ini akan datang saat sinkronisasi berikutnya.
recruiter-directory-age = Daftar versi { $version }, terbit { $date } ({ $days } hari lalu), { $count } agen.
recruiter-directory-old = Daftar ini sudah lebih dari { $days } hari. Izin mungkin sudah berubah sejak itu: lakukan sinkronisasi kalau bisa.

recruiter-reviews-none = Belum ada pekerja yang memberi ulasan tentang agen ini.
recruiter-reviews-summary = { $count } pekerja memberi ulasan tentang agen ini: nilai rata-rata { $rating } dari 5.
recruiter-reviews-fees = { $paid } orang di antara mereka membayar biaya; jumlah yang biasa adalah { $amount } { $currency }.
recruiter-reviews-passport = { $count } orang bilang paspor mereka dipegang orang lain.
recruiter-reviews-job-differed = { $count } orang bilang pekerjaan, majikan, atau gajinya tidak sesuai janji.

review-saved = Ulasan Anda sudah disimpan dan akan dikirim tanpa nama Anda. Nomor ulasan: { $id }
review-rating-out-of-range = Nilai harus berupa angka dari 1 (tidak mau lagi) sampai 5 (saya sarankan ke orang lain).

directory-imported = Daftar agen perekrut versi { $version } sekarang ada di HP ini ({ $count } agen).
sync-directory-updated = Daftar agen perekrut sudah diperbarui ke versi { $version }.
sync-directory-refused = Sebuah daftar agen perekrut ditolak karena tidak ditandatangani dengan benar oleh hotline Anda, atau lebih lama dari daftar yang Anda punya. Daftar Anda tidak berubah.

error-directory-bad-signature = File daftar ini tidak ditandatangani oleh hotline Anda, atau sudah diubah setelah ditandatangani. File ini tidak dipakai; daftar Anda tidak berubah.
error-directory-older = Daftar ini tidak lebih baru dari daftar di HP ini. Daftar ini tidak dipakai; daftar Anda tidak berubah.
error-directory-malformed = File daftar ini rusak. File ini tidak dipakai; daftar Anda tidak berubah.
error-recruiter-not-found = Tidak ada agen dengan nomor ini di daftar.

demo-directory-publish = 13. Hotline menerbitkan daftar agen perekrutnya: { $count } agen dari sembilan negara beserta status izinnya, ditandatangani dengan kunci hotline.
demo-directory-pulled = HP mengambilnya saat sinkronisasi berikutnya ({ $bytes } byte) dan memeriksa tanda tangannya sebelum membaca apa pun. Mulai sekarang, pencarian bisa dilakukan tanpa internet.
demo-search-native = 14. Gita, sepupu Sita, ditawari pekerjaan. Dia mengetik nama agen itu dalam bahasa Nepal: “{ $query }”
demo-search-blacklisted = 15. Seorang teman pernah didekati oleh “{ $query }”:
demo-search-unknown = Lalu agen bernama “{ $query }”?
demo-job-check = 16. Gita menempelkan tawaran kerja yang dia terima ke pemeriksa tawaran kerja:
demo-review = 17. Setelah pulang ke kampung, Ram memberi ulasan tentang agen yang mengirimnya ke Doha. Ulasan itu ditandatangani dengan kunci yang dibuat khusus untuk HP ini, dan dikirim tanpa namanya.
demo-review-published = 18. Hotline menerbitkan versi berikutnya beserta ulasan-ulasannya. HP hanya mengunduh bagian yang berubah: { $bytes } byte, bukan { $full } byte. Sekarang Gita melihat:
demo-tampered = Salinan daftar yang satu byte-nya diubah akan ditolak, dan HP tetap memakai daftarnya sendiri (versi { $version }).
