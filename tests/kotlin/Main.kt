// The vault through the generated Kotlin bindings on the JVM, with a key wrapper written in
// Kotlin over javax.crypto AES-GCM (what an Android Keystore-backed wrapper does on a phone).
// Run by scripts/test; exits non-zero when any check fails.
package org.mitra.tests

import java.io.File
import java.nio.file.Files
import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import org.mitra.core.About
import org.mitra.core.Answer
import org.mitra.core.Consent
import org.mitra.core.ContactMethod
import org.mitra.core.HelpRequest
import org.mitra.core.Indicator
import org.mitra.core.IndicatorAnswer
import org.mitra.core.KeyWrapper
import org.mitra.core.Localizer
import org.mitra.core.Need
import org.mitra.core.RecordStatus
import org.mitra.core.Report
import org.mitra.core.Role
import org.mitra.core.TextDirection
import org.mitra.core.Urgency
import org.mitra.core.availableLanguages
import org.mitra.core.Connectivity
import org.mitra.core.SyncHandle
import org.mitra.core.SyncListener
import org.mitra.core.SyncProgress
import org.mitra.core.KeyWrapperException
import org.mitra.core.Mitra
import org.mitra.core.MitraException
import org.mitra.core.SetupOptions
import org.mitra.core.init
import org.mitra.core.JobOffer
import org.mitra.core.JobTermsInput
import org.mitra.core.LicenceStatus
import org.mitra.core.RecordKind
import org.mitra.core.ReviewInput
import org.mitra.core.Visa
import org.mitra.core.ChangeSeverity
import org.mitra.core.ContractDeduction
import org.mitra.core.ContractTerms
import org.mitra.core.ContractWage
import org.mitra.core.PassportHolder
import org.mitra.core.PayPeriod
import org.mitra.core.contractTermsFromJson

class AesGcmKeyStore : KeyWrapper {
    @Volatile private var key: SecretKey? = null
    @Volatile var destroyed = 0
    private val random = SecureRandom()

    @Synchronized
    override fun wrap(secret: ByteArray): ByteArray {
        val k = key ?: KeyGenerator.getInstance("AES").apply { init(256) }.generateKey().also { key = it }
        val iv = ByteArray(12).also { random.nextBytes(it) }
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, k, GCMParameterSpec(128, iv))
        return iv + cipher.doFinal(secret)
    }

    @Synchronized
    override fun unwrap(wrapped: ByteArray): ByteArray {
        val k = key ?: throw KeyWrapperException.KeyLost()
        if (wrapped.size < 12 + 16) throw KeyWrapperException.Rejected()
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.DECRYPT_MODE, k, GCMParameterSpec(128, wrapped, 0, 12))
        return try {
            cipher.doFinal(wrapped, 12, wrapped.size - 12)
        } catch (e: javax.crypto.AEADBadTagException) {
            throw KeyWrapperException.Rejected()
        }
    }

    @Synchronized
    override fun destroyKey() {
        key = null
        destroyed++
    }

    override fun isHardwareBacked() = true
}

/** Throws something the bindings do not declare, as a buggy key store might. */
class CrashingKeyStore(private val inner: AesGcmKeyStore) : KeyWrapper by inner {
    override fun unwrap(wrapped: ByteArray): ByteArray = throw IllegalStateException("keystore crashed")
}

private var failures = 0
private var passed = 0

private fun check(name: String, body: () -> Unit) {
    try {
        body()
        passed++
        println("ok   $name")
    } catch (t: Throwable) {
        failures++
        println("FAIL $name: $t")
    }
}

private fun expect(condition: Boolean, what: String) {
    if (!condition) throw AssertionError(what)
}

private inline fun <reified E : Throwable> expectThrows(block: () -> Unit): E {
    try {
        block()
    } catch (e: Throwable) {
        if (e is E) return e
        throw AssertionError("expected ${E::class.simpleName}, got $e")
    }
    throw AssertionError("expected ${E::class.simpleName}, nothing thrown")
}

private const val REAL = "2468"
private const val DURESS = "1111"

private fun freshVault(store: KeyWrapper = AesGcmKeyStore()): Pair<Mitra, File> {
    val dir = Files.createTempDirectory("mitra-kt").toFile()
    val m = Mitra(File(dir, "data").path, store)
    m.setup(SetupOptions(pin = REAL, duressPin = DURESS))
    m.addJournalEntry("recruiter took 3 months of wages as a fee")
    m.lock()
    return m to dir
}

/** A real hotline (`MITRA_HOTLINE_BIN`) on loopback for the length of [body], which gets its card. */
private fun withHotline(prefix: String, body: (card: String, dir: File) -> Unit) {
    val bin = System.getenv("MITRA_HOTLINE_BIN") ?: throw AssertionError("MITRA_HOTLINE_BIN is not set")
    val dir = Files.createTempDirectory(prefix).toFile()
    val keys = File(dir, "keys").path
    expect(ProcessBuilder(bin, "keygen", "--out", keys).start().waitFor() == 0, "keygen")
    val server = ProcessBuilder(bin, "serve", "--keys", keys, "--data", File(dir, "inbox").path, "--listen", "127.0.0.1:0")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start()
    try {
        val url = server.inputStream.bufferedReader().readLine().removePrefix("listening on ").trim()
        val cardProc = ProcessBuilder(bin, "card", "--keys", keys, "--name", "Kotlin Hotline", "--endpoint", url).start()
        val card = cardProc.inputStream.bufferedReader().readText().trim()
        expect(cardProc.waitFor() == 0, "card")
        body(card, dir)
    } finally {
        server.destroy()
        server.waitFor()
    }
}

private fun texts(m: Mitra) = m.journalEntries().map { it.text }

fun main() {
    init("")
    init("") // idempotent

    check("status before set-up needs no PIN") {
        val dir = Files.createTempDirectory("mitra-kt").toFile()
        Mitra(File(dir, "data").path, AesGcmKeyStore()).use { m ->
            val s = m.status()
            expect(!s.initialized && s.locked, "fresh status: $s")
        }
    }

    check("right PIN opens, locked vault refuses reads") {
        val (m, _) = freshVault()
        expectThrows<MitraException.Locked> { m.journalEntries() }
        m.unlock(REAL)
        expect(texts(m) == listOf("recruiter took 3 months of wages as a fee"), "entries: ${texts(m)}")
        m.close()
    }

    check("wrong PIN leaves data untouched and counts") {
        val (m, _) = freshVault()
        val e = expectThrows<MitraException.WrongPin> { m.unlock("0000") }
        expect(e.attemptsLeft == 9u, "attempts left ${e.attemptsLeft}")
        expect(m.isLocked(), "still locked")
        expect(m.status().failedAttempts == 1u, "counted")
        m.unlock(REAL)
        expect(texts(m).size == 1, "data intact")
        expect(m.status().failedAttempts == 0u, "reset")
    }

    check("duress PIN opens the decoy like a normal unlock") {
        val (m, _) = freshVault()
        m.unlock(REAL)
        val realStatus = m.status()
        m.lock()
        m.unlock(DURESS)
        expect(!m.isLocked(), "unlocked")
        expect(texts(m).isEmpty(), "decoy is empty")
        expect(m.status() == realStatus, "status identical")
        m.lock()
        m.unlock(REAL)
        expect(texts(m).size == 1, "real vault kept")
    }

    check("duress with wipe destroys the real vault silently") {
        val dir = Files.createTempDirectory("mitra-kt").toFile()
        val m = Mitra(File(dir, "data").path, AesGcmKeyStore())
        m.setup(SetupOptions(pin = REAL, duressPin = DURESS, wipeRealOnDuress = true))
        m.addJournalEntry("evidence")
        m.lock()
        m.unlock(DURESS)
        m.lock()
        expectThrows<MitraException.WrongPin> { m.unlock(REAL) }
    }

    check("invalid PINs are typed errors") {
        val dir = Files.createTempDirectory("mitra-kt").toFile()
        val m = Mitra(File(dir, "data").path, AesGcmKeyStore())
        val e = expectThrows<MitraException.InvalidInput> { m.setup(SetupOptions(pin = "12")) }
        expect(e.field == "pin" && e.reason == "too_short", "${e.field}/${e.reason}")
        expectThrows<MitraException.InvalidInput> { m.setup(SetupOptions(pin = REAL, duressPin = REAL)) }
        expect(!m.status().initialized, "nothing set up")
    }

    check("change PIN") {
        val (m, _) = freshVault()
        m.unlock(REAL)
        m.changePin(REAL, "864200")
        m.lock()
        expectThrows<MitraException.WrongPin> { m.unlock(REAL) }
        m.unlock("864200")
        expect(texts(m).size == 1, "data kept")
    }

    check("panic wipe destroys the platform key and every file") {
        val store = AesGcmKeyStore()
        val (m, dir) = freshVault(store)
        val report = m.panicWipe()
        expect(report.filesRemoved >= 5u, "removed ${report.filesRemoved}")
        expect(store.destroyed == 1, "platform key destroyed")
        expect(!m.status().initialized, "gone")
        expectThrows<MitraException.NotSetUp> { m.unlock(REAL) }
        expect(File(dir, "data").listFiles()!!.isEmpty(), "no files left")
    }

    check("an undeclared exception in the key store becomes a typed error, not a crash") {
        val store = AesGcmKeyStore()
        val (m, dir) = freshVault(store)
        val broken = Mitra(File(dir, "data").path, CrashingKeyStore(store))
        expectThrows<MitraException.KeyStoreUnavailable> { broken.unlock(REAL) }
        m.unlock(REAL)
    }

    check("unlocks from several threads at once stay consistent") {
        val (m, _) = freshVault()
        val errors = java.util.concurrent.ConcurrentLinkedQueue<Throwable>()
        val threads = (1..4).map { i ->
            Thread {
                try {
                    if (i % 2 == 0) m.unlock(REAL) else m.status()
                } catch (t: Throwable) {
                    errors.add(t)
                }
            }
        }
        threads.forEach { it.start() }
        threads.forEach { it.join() }
        expect(errors.isEmpty(), "errors: $errors")
        expect(texts(m).size == 1, "open and intact")
    }

    val nepali = "मालिकले मेरो राहदानी लियो र तीन महिनाको तलब दिएन।"
    val arabic = "أخذ صاحب العمل جواز سفري ولم يدفع راتبي."
    fun report(narrative: String, hotline: Boolean) = Report(
        about = About.SOMEONE_ELSE,
        interviewerRole = Role.OUTREACH_WORKER,
        narrative = narrative,
        answers = listOf(IndicatorAnswer(Indicator.RETENTION_OF_DOCUMENTS, Answer.YES)),
        consent = Consent(hotline = hotline, ngo = true, police = false),
        language = "ar",
    )

    check("a help request is saved encrypted and queued in one call") {
        val (m, _) = freshVault()
        m.unlock(REAL)
        val id = m.saveHelpRequest(
            HelpRequest(
                needs = listOf(Need.LEAVE_NOW, Need.MEDICAL),
                contactMethod = ContactMethod.WHATS_APP,
                contactNumber = "+974 5555 1234",
                language = "ne",
                note = nepali,
            ),
        )
        val record = m.record(id)
        expect(record.status == RecordStatus.QUEUED, "queued")
        expect(record.helpRequest?.note == nepali, "note exact")
        expect(m.outbox().single().recordId == id, "in the outbox")
    }

    check("a report leaves only with consent; the duress PIN sees nothing") {
        val (m, _) = freshVault()
        m.unlock(REAL)
        val id = m.saveReportDraft(report(arabic, hotline = false))
        val e = expectThrows<MitraException.InvalidInput> { m.queueReport(id) }
        expect(e.field == "consent", "consent error: ${e.field}")
        m.updateReport(id, report(arabic, hotline = true))
        m.queueReport(id.take(8))
        expect(m.record(id).report?.narrative == arabic, "Arabic exact")
        m.lock()
        m.unlock(DURESS)
        expect(m.records().isEmpty() && m.outbox().isEmpty(), "decoy shows nothing")
        expectThrows<MitraException.NotFound> { m.record(id) }
        m.lock()
        m.unlock(REAL)
        m.deleteRecord(id)
        expect(m.records().isEmpty() && m.outbox().isEmpty(), "deleted for real")
    }

    check("the assessment and every label come in the person's language") {
        val (m, _) = freshVault()
        m.unlock(REAL)
        val id = m.saveReportDraft(report(arabic, hotline = true))
        val ar = Localizer(listOf("ar-SA"), true, false)
        expect(ar.direction() == TextDirection.RIGHT_TO_LEFT, "Arabic is right to left")
        val a = m.assess(id, ar)
        expect(a.urgency == Urgency.HIGH, "urgency ${a.urgency}")
        expect(a.concerns.any { it.code == "documents" }, "documents concern")
        expect(a.disclaimer.any { it in '\u0600'..'\u06FF' }, "disclaimer in Arabic")
        expect(Localizer(listOf("in-ID"), false, false).language() == "id", "legacy tag")
        expect(availableLanguages().first() == "en", "English first")
        val ne = Localizer(listOf("ne"), false, false)
        expect(ne.errorMessage(MitraException.WrongPin(3u)).contains("३"), "Nepali digits")
    }

    check("pair with a real hotline and sync, with a listener written in Kotlin") {
        withHotline("mitra-kt-sync") { card, _ ->
            val (m, _) = freshVault()
            m.unlock(REAL)
            expectThrows<MitraException.InvalidInput> { m.pair(card.dropLast(2) + "xx") }
            expect(m.pair(card).name == "Kotlin Hotline", "paired")
            repeat(3) { m.saveHelpRequest(HelpRequest(needs = listOf(Need.SHELTER), contactMethod = ContactMethod.NONE, language = "my")) }
            val events = java.util.concurrent.CopyOnWriteArrayList<SyncProgress>()
            val listener = object : SyncListener {
                override fun onProgress(progress: SyncProgress) { events.add(progress) }
        }
        val p = m.sync(Connectivity.UNMETERED, listener, SyncHandle())
        // One journal entry was never queued; the 3 help requests were.
        expect(p.acknowledged == 3u && p.pending == 0u && p.failed == 0u, "progress $p")
        expect(events.isNotEmpty() && events.last().acknowledged == 3u, "listener saw progress")
        expect(m.outbox().isEmpty(), "outbox drained")
        }
    }

    check("recruiter directory: publish, pull, search in two scripts, review, job check, tampered bundle") {
        val bin = System.getenv("MITRA_HOTLINE_BIN") ?: throw AssertionError("MITRA_HOTLINE_BIN is not set")
        val dir = Files.createTempDirectory("mitra-kt-dir").toFile()
        val keys = File(dir, "keys").path
        val data = File(dir, "inbox").path
        expect(ProcessBuilder(bin, "keygen", "--out", keys).start().waitFor() == 0, "keygen")
        val csv = File(dir, "agencies.csv")
        csv.writeText(
            "licence_number,country,authority,name,aliases,status,status_since,phones,address\n" +
                "1043/071/72,NP,Department of Foreign Employment,Himalaya Overseas Manpower Pvt. Ltd.,हिमालय ओभरसिज म्यानपावर,licensed,2022-05-01,+97714471234,Kathmandu\n" +
                "M-118,MM,Ministry of Labour,Shwe Yadanar Overseas Co. Ltd.,ရွှေရတနာ ပြည်ပအလုပ်အကိုင်,revoked,2023-08-01,+9519876543,Yangon\n",
        )
        val bundle = File(dir, "directory.bundle")
        val publish = ProcessBuilder(bin, "directory", "publish", "--keys", keys, "--data", data, "--out", bundle.path, csv.path)
            .redirectErrorStream(true).start()
        val published = publish.inputStream.bufferedReader().readText()
        expect(publish.waitFor() == 0, "publish: $published")
        val server = ProcessBuilder(bin, "serve", "--keys", keys, "--data", data, "--listen", "127.0.0.1:0")
            .redirectError(ProcessBuilder.Redirect.DISCARD).start()
        try {
            val url = server.inputStream.bufferedReader().readLine().removePrefix("listening on ").trim()
            val cardProc = ProcessBuilder(bin, "card", "--keys", keys, "--name", "Kotlin Hotline", "--endpoint", url).start()
            val card = cardProc.inputStream.bufferedReader().readText().trim()
            expect(cardProc.waitFor() == 0, "card")
            val (m, _) = freshVault()
            m.unlock(REAL)
            m.pair(card)
            val en = Localizer(listOf("en"), false, false)
            val p = m.sync(Connectivity.UNMETERED, null, SyncHandle())
            expect(p.directoryUpdated && p.directoryVersion == 1uL, "directory pulled: $p")
            val byBurmese = m.searchRecruiters("ရွှေရတနာ", null, 3u, en).results
            expect(byBurmese.firstOrNull()?.id == "MM:M-118", "Burmese alias finds the agency: $byBurmese")
            expect(byBurmese.first().status == LicenceStatus.REVOKED && byBurmese.first().warning != null, "revoked is a warning")
            val byLatin = m.searchRecruiters("himalaya overseas", "NP", 3u, en).results
            expect(byLatin.firstOrNull()?.licenceNumber == "1043/071/72", "Latin name: $byLatin")
            val none = m.searchRecruiters("Completely Unknown Agency", null, 3u, en)
            expect(none.results.isEmpty() && none.notFound != null, "not in the directory is a warning")
            val id = m.reviewRecruiter(ReviewInput(
                recruiterId = "NP:1043/071/72", rating = 4u,
                promised = JobTermsInput(job = "cook"), actual = JobTermsInput(job = "cook"),
                language = "ne",
            ))
            expect(m.record(id).kind == RecordKind.REVIEW, "review saved")
            expect(m.sync(Connectivity.UNMETERED, null, SyncHandle()).acknowledged == 1u, "review delivered")
            val check = m.checkJobOffer(JobOffer(visa = Visa.VISIT, feeDemanded = true, offerText = "Apply today, limited seats!"), en)
            expect(check.flags.map { it.code }.containsAll(listOf("visit-visa", "fee-demanded", "urgency-pressure")), "flags ${check.flags}")
            val sig = File(dir, "directory.bundle.minisig").readBytes()
            val payload = bundle.readBytes()
            val wire = "MTDS".toByteArray() + byteArrayOf((sig.size shr 8).toByte(), sig.size.toByte()) + sig + payload
            wire[wire.size - 10] = (wire[wire.size - 10].toInt() xor 1).toByte()
            val refused = expectThrows<MitraException.InvalidInput> { m.importDirectory(wire, en) }
            expect(refused.reason == "bad_signature", "tampered bundle refused: ${refused.reason}")
            expect(m.directoryStatus(en)?.version == 1uL, "directory unchanged")
        } finally {
            server.destroy()
            server.waitFor()
        }
    }

    check("contracts: snapshot, signed time from the hotline, substitution found, wage check, proof") {
        withHotline("mitra-kt-contract") { card, dir ->
            val (m, _) = freshVault()
            m.unlock(REAL)
            m.pair(card)
            val ne = Localizer(listOf("ne"), false, false)
            val home = ContractTerms(
                employer = "Al Noor Cleaning Services",
                wage = ContractWage(amount = "1400", currency = "QAR", period = PayPeriod.MONTH),
                hoursPerDay = "8", daysOffPerWeek = 1u, passportHeldBy = PassportHolder.WORKER,
            )
            val photo = byteArrayOf(0xFF.toByte(), 0xD8.toByte(), 0xFF.toByte(), 0xE0.toByte()) + ByteArray(4000) { it.toByte() }
            val saved = m.snapshotContract(home, listOf(photo), ne)
            expect(saved.timestampedAtMs == null && saved.pages.single().name == "page-01.jpg", "saved: $saved")
            expect(m.sync(Connectivity.UNMETERED, null, SyncHandle()).contractsTimestamped == 1u, "time signed")
            expect(m.contract(saved.id, ne).timestampedAtMs != null, "timestamp kept")
            val doha = home.copy(
                wage = ContractWage(amount = "1100", currency = "QAR", period = PayPeriod.MONTH),
                passportHeldBy = PassportHolder.EMPLOYER,
                deductions = listOf(ContractDeduction(kind = "housing", amount = "200", currency = "QAR", period = PayPeriod.MONTH)),
            )
            val compared = m.compareContract(saved.id, doha, listOf(), ne)
            expect(compared.changes.map { it.kind } == listOf("wage-lower", "passport-taken", "deduction-added"), "changes ${compared.changes.map { it.kind }}")
            expect(compared.changes.first().severity == ChangeSeverity.HIGH && compared.changes.first().byAmount == "300", "wage by 300")
            expect(compared.lines.any { line -> line.contains("३००") }, "Nepali digits: ${compared.lines}")
            val refused = expectThrows<MitraException.InvalidInput> { contractTermsFromJson("{\"salary\": 1}") }
            expect(refused.field == "terms.salary" && refused.reason == "unknown-key", "unknown key named")
            m.recordContractPay(saved.id, "2026-10", "1000", null)
            expect(m.contractWageCheck(saved.id, listOf(), ne).totalShortfall == "400", "shortfall")
            val proof = File(dir, "proof")
            val files = m.exportContractProof(saved.id, proof.path, true, null, ne)
            expect(files.contains("SHA256SUMS.minisig") && File(proof, "README.txt").readText().contains("minisign -Vm SHA256SUMS"), "proof $files")
        }
    }

    println("$passed passed, $failures failed")
    if (failures > 0) kotlin.system.exitProcess(1)
}
