<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>About</name>
        <message>
            <source>see the package</source>
            <translation>lihat paketnya</translation>
        </message>
        <message>
            <source>not installed</source>
            <translation>tidak terpasang</translation>
        </message>
        <message>
            <source>About JourneyDesk</source>
            <translation>Tentang JourneyDesk</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;Tentang</translation>
        </message>
        <message>
            <source>&amp;Components</source>
            <translation>&amp;Komponen</translation>
        </message>
        <message>
            <source>&amp;Fonts</source>
            <translation>&amp;Fon</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Copy &amp;Version Info</source>
            <translation>Salin Info &amp;Versi</translation>
        </message>
        <message>
            <source>An offline editor for customer journey maps: personas, stages, touchpoints, friction and analysis on a graph.</source>
            <translation>Penyunting luring untuk peta perjalanan pelanggan: persona, tahap, titik sentuh, hambatan, dan analisis pada sebuah graf.</translation>
        </message>
        <message>
            <source>Released under the MIT licence.</source>
            <translation>Dirilis di bawah lisensi MIT.</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Komponen</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versi</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lisensi</translation>
        </message>
        <message>
            <source>No fonts are shipped with this build.</source>
            <translation>Build ini tidak menyertakan fon.</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Baru</translation>
        </message>
        <message>
            <source>A new map with the five classic stages</source>
            <translation>Peta baru dengan lima tahap klasik</translation>
        </message>
        <message>
            <source>New &amp;Window</source>
            <translation>&amp;Jendela Baru</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>B&amp;uka…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Simpan Seb&amp;agai…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Impor…</translation>
        </message>
        <message>
            <source>Import touchpoints from a spreadsheet (CSV or Excel), into a new map or this one</source>
            <translation>Impor titik sentuh dari lembar kerja (CSV atau Excel), ke peta baru atau peta ini</translation>
        </message>
        <message>
            <source>Show what changed between this map and another version of it</source>
            <translation>Tampilkan apa yang berubah antara peta ini dan versi lainnya</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Ekspor…</translation>
        </message>
        <message>
            <source>Export the map as PDF, PNG, SVG or CSV</source>
            <translation>Ekspor peta sebagai PDF, PNG, SVG, atau CSV</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>U&amp;langi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Potong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Pilih Semu&amp;a</translation>
        </message>
        <message>
            <source>Ne&amp;xt Panel</source>
            <translation>Panel Beriku&amp;tnya</translation>
        </message>
        <message>
            <source>Co&amp;mpare With…</source>
            <translation>Ba&amp;ndingkan dengan…</translation>
        </message>
        <message>
            <source>Dupl&amp;icate</source>
            <translation>&amp;Gandakan</translation>
        </message>
        <message>
            <source>Edit Titl&amp;e</source>
            <translation>Sunting &amp;Judul</translation>
        </message>
        <message>
            <source>&amp;Link Tool</source>
            <translation>Alat Tauta&amp;n</translation>
        </message>
        <message>
            <source>Lin&amp;k Selected Cards</source>
            <translation>Tautkan Kartu Terpil&amp;ih</translation>
        </message>
        <message>
            <source>Link each selected card to the next one along the journey</source>
            <translation>Tautkan setiap kartu terpilih ke kartu berikutnya di sepanjang perjalanan</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>P&amp;referensi…</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Per&amp;besar</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Per&amp;kecil</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>&amp;Paskan ke Jendela</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>Ukuran &amp;Asli</translation>
        </message>
        <message>
            <source>Friction &amp;Heatmap</source>
            <translation>Peta Panas &amp;Hambatan</translation>
        </message>
        <message>
            <source>Shade each stage and lane by its friction load</source>
            <translation>Arsir setiap tahap dan jalur menurut beban hambatannya</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>Layar P&amp;enuh</translation>
        </message>
        <message>
            <source>P&amp;revious Panel</source>
            <translation>Panel Sebel&amp;umnya</translation>
        </message>
        <message>
            <source>User &amp;Guide</source>
            <translation>&amp;Panduan Pengguna</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>Pintasan Papan &amp;Ketik</translation>
        </message>
        <message>
            <source>&amp;About JourneyDesk</source>
            <translation>&amp;Tentang JourneyDesk</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>New from E&amp;xample</source>
            <translation>Baru dari C&amp;ontoh</translation>
        </message>
        <message>
            <source>New from &amp;Template</source>
            <translation>Baru dari Te&amp;mplat</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Buka Te&amp;rkini</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sunting</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <source>Pa&amp;nels</source>
            <translation>Pa&amp;nel</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ba&amp;ntuan</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Bilah alat utama</translation>
        </message>
        <message>
            <source>&amp;Present</source>
            <translation>P&amp;resentasikan</translation>
        </message>
        <message>
            <source>Show the map full screen, stage by stage, for a room (Esc leaves)</source>
            <translation>Tampilkan peta dalam layar penuh, tahap demi tahap, untuk peserta di ruangan (Esc untuk keluar)</translation>
        </message>
    </context>
    <context>
        <name>AnalysisPanel</name>
        <message>
            <source>Refresh</source>
            <translation>Segarkan</translation>
        </message>
        <message>
            <source>Analysis findings</source>
            <translation>Temuan analisis</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Temuan</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Analysing…</source>
            <translation>Menganalisis…</translation>
        </message>
        <message>
            <source>the analysis worker stopped</source>
            <translation>proses analisis berhenti</translation>
        </message>
        <message>
            <source>Analysis failed: {message}</source>
            <translation>Analisis gagal: {message}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln hotspot(s)</source>
            <translation>
                <numerusform>%Ln titik rawan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lint finding(s)</source>
            <translation>
                <numerusform>%Ln temuan lint</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s)</source>
            <translation>
                <numerusform>%Ln titik sentuh</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… dan %Ln lainnya</numerusform>
            </translation>
        </message>
        <message>
            <source>Friction hotspots ({count})</source>
            <translation>Titik rawan hambatan ({count})</translation>
        </message>
        <message>
            <source>ranked by score</source>
            <translation>diurutkan menurut skor</translation>
        </message>
        <message>
            <source>score {score} · {stage}</source>
            <translation>skor {score} · {stage}</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>severity {severity} · {status}</source>
            <translation>tingkat keparahan {severity} · {status}</translation>
        </message>
        <message>
            <source>Persona paths</source>
            <translation>Lintasan persona</translation>
        </message>
        <message numerus="yes">
            <source>%Ln journey(s)</source>
            <translation>
                <numerusform>%Ln perjalanan</numerusform>
            </translation>
        </message>
        <message>
            <source>(persona)</source>
            <translation>(persona)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln dead end(s)</source>
            <translation>
                <numerusform>%Ln jalan buntu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unreachable</source>
            <translation>
                <numerusform>%Ln tak terjangkau</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln loop(s)</source>
            <translation>
                <numerusform>%Ln putaran</numerusform>
            </translation>
        </message>
        <message>
            <source>Dead ends ({count})</source>
            <translation>Jalan buntu ({count})</translation>
        </message>
        <message>
            <source>No way forward before the last stage</source>
            <translation>Tidak ada jalan lanjut sebelum tahap terakhir</translation>
        </message>
        <message>
            <source>Unreachable ({count})</source>
            <translation>Tak terjangkau ({count})</translation>
        </message>
        <message>
            <source>No route from the journey's start</source>
            <translation>Tidak ada rute dari awal perjalanan</translation>
        </message>
        <message>
            <source>Loops ({count})</source>
            <translation>Putaran ({count})</translation>
        </message>
        <message>
            <source>truncated</source>
            <translation>terpotong</translation>
        </message>
        <message>
            <source>(loop)</source>
            <translation>(putaran)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln step(s)</source>
            <translation>
                <numerusform>%Ln langkah</numerusform>
            </translation>
        </message>
        <message>
            <source>Channel switches</source>
            <translation>Perpindahan kanal</translation>
        </message>
        <message numerus="yes">
            <source>%Ln switch(es)</source>
            <translation>
                <numerusform>%Ln perpindahan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln with friction</source>
            <translation>
                <numerusform>%Ln dengan hambatan</numerusform>
            </translation>
        </message>
        <message>
            <source>Per stage</source>
            <translation>Per tahap</translation>
        </message>
        <message numerus="yes">
            <source>%Ln channel break(s)</source>
            <translation>
                <numerusform>%Ln keterputusan kanal</numerusform>
            </translation>
        </message>
        <message>
            <source>friction</source>
            <translation>hambatan</translation>
        </message>
        <message>
            <source>Links ({count})</source>
            <translation>Tautan ({count})</translation>
        </message>
        <message>
            <source>flagged first</source>
            <translation>yang ditandai lebih dulu</translation>
        </message>
        <message>
            <source>Stage scorecard</source>
            <translation>Kartu skor tahap</translation>
        </message>
        <message numerus="yes">
            <source>%Ln stage(s)</source>
            <translation>
                <numerusform>%Ln tahap</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln friction(s)</source>
            <translation>
                <numerusform>%Ln hambatan</numerusform>
            </translation>
        </message>
        <message>
            <source>Metrics (average)</source>
            <translation>Metrik (rata-rata)</translation>
        </message>
        <message>
            <source>Frictions by severity</source>
            <translation>Hambatan menurut tingkat keparahan</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message numerus="yes">
            <source>%Ln resolved</source>
            <translation>
                <numerusform>%Ln teratasi</numerusform>
            </translation>
        </message>
        <message>
            <source>Average emotion</source>
            <translation>Emosi rata-rata</translation>
        </message>
        <message numerus="yes">
            <source>{average} over %Ln touchpoint(s)</source>
            <translation>
                <numerusform>{average} dari %Ln titik sentuh</numerusform>
            </translation>
        </message>
        <message>
            <source>Moments of truth ({count})</source>
            <translation>Momen penentu ({count})</translation>
        </message>
        <message>
            <source>Lint ({count})</source>
            <translation>Lint ({count})</translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s)</source>
            <translation>
                <numerusform>%Ln galat</numerusform>
            </translation>
        </message>
        <message>
            <source>{rule} ({count})</source>
            <translation>{rule} ({count})</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Saved, but older backups were not kept: {reason}</source>
            <translation>Tersimpan, tetapi cadangan yang lebih lama tidak dapat dipertahankan: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>Evidence: {status}</source>
            <translation>Bukti: {status}</translation>
        </message>
        <message>
            <source>Untitled stage</source>
            <translation>Tahap tanpa judul</translation>
        </message>
        <message>
            <source>Untitled lane</source>
            <translation>Jalur tanpa judul</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Tanpa judul</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Perjalanan tanpa judul</translation>
        </message>
        <message>
            <source>Friction load {load}</source>
            <translation>Beban hambatan {load}</translation>
        </message>
        <message>
            <source>Emotion per persona, -3 to +3</source>
            <translation>Emosi per persona, -3 hingga +3</translation>
        </message>
        <message>
            <source>A title holds at most {count} characters; the rest will be cut</source>
            <translation>Judul memuat paling banyak {count} karakter; sisanya akan dipotong</translation>
        </message>
    </context>
    <context>
        <name>CanvasAccessible</name>
        <message>
            <source>Stage {index} of {count}</source>
            <translation>Tahap {index} dari {count}</translation>
        </message>
        <message>
            <source>Lane {index} of {count}</source>
            <translation>Jalur {index} dari {count}</translation>
        </message>
        <message>
            <source>{source} to {target}</source>
            <translation>{source} ke {target}</translation>
        </message>
        <message>
            <source>for {persona}</source>
            <translation>untuk {persona}</translation>
        </message>
        <message>
            <source>severity {severity}</source>
            <translation>tingkat keparahan {severity}</translation>
        </message>
        <message>
            <source>on {target}</source>
            <translation>pada {target}</translation>
        </message>
        <message>
            <source>no channel</source>
            <translation>tanpa kanal</translation>
        </message>
        <message>
            <source>{title}, stage {stage}, lane {lane}, channel {channel}, {frictions}</source>
            <translation>{title}, tahap {stage}, jalur {lane}, kanal {channel}, {frictions}</translation>
        </message>
        <message>
            <source>owner {owner}</source>
            <translation>pemilik {owner}</translation>
        </message>
        <message>
            <source>personas {names}</source>
            <translation>persona {names}</translation>
        </message>
        <message>
            <source>moment of truth</source>
            <translation>momen penentu</translation>
        </message>
        <message>
            <source>evidence {status}</source>
            <translation>bukti {status}</translation>
        </message>
    </context>
    <context>
        <name>CanvasKeys</name>
        <message>
            <source>Go to the next card or header and select it</source>
            <translation>Pindah ke kartu atau tajuk berikutnya dan memilihnya</translation>
        </message>
        <message>
            <source>Add the next card or header to the selection</source>
            <translation>Tambahkan kartu atau tajuk berikutnya ke pilihan</translation>
        </message>
        <message>
            <source>Move the focus without selecting</source>
            <translation>Pindahkan fokus tanpa memilih</translation>
        </message>
        <message>
            <source>Select or deselect the focused item</source>
            <translation>Pilih atau batalkan pilihan butir yang difokuskan</translation>
        </message>
        <message>
            <source>Go to the first or last card of the journey</source>
            <translation>Pindah ke kartu pertama atau terakhir dalam perjalanan</translation>
        </message>
        <message>
            <source>Move the selected cards to the previous or next stage</source>
            <translation>Pindahkan kartu terpilih ke tahap sebelumnya atau berikutnya</translation>
        </message>
        <message>
            <source>Move the selected cards up or down their cell</source>
            <translation>Pindahkan kartu terpilih ke atas atau ke bawah di dalam selnya</translation>
        </message>
        <message>
            <source>Move the selected cards to the lane above or below</source>
            <translation>Pindahkan kartu terpilih ke jalur di atas atau di bawahnya</translation>
        </message>
        <message>
            <source>Rename the selected card, stage or lane</source>
            <translation>Ganti nama kartu, tahap, atau jalur yang dipilih</translation>
        </message>
        <message>
            <source>Delete the selection, with its links and frictions</source>
            <translation>Hapus pilihan beserta tautan dan hambatannya</translation>
        </message>
        <message>
            <source>Stop drawing a link, else clear the selection</source>
            <translation>Berhenti menggambar tautan, atau kosongkan pilihan</translation>
        </message>
        <message>
            <source>Open the focused item's context menu</source>
            <translation>Buka menu konteks butir yang difokuskan</translation>
        </message>
        <message numerus="yes">
            <source>Link %Ln card(s)</source>
            <translation>
                <numerusform>Tautkan %Ln kartu</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CanvasMenu</name>
        <message>
            <source>Edit title</source>
            <translation>Sunting judul</translation>
        </message>
        <message>
            <source>Add friction</source>
            <translation>Tambah hambatan</translation>
        </message>
        <message>
            <source>Add link from here</source>
            <translation>Tambah tautan dari sini</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Delete friction</source>
            <translation>Hapus hambatan</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Ganti nama</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Hapus tahap</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>Hapus jalur</translation>
        </message>
        <message>
            <source>Add touchpoint here</source>
            <translation>Tambah titik sentuh di sini</translation>
        </message>
    </context>
    <context>
        <name>CaptureBar</name>
        <message>
            <source>Friction</source>
            <translation>Hambatan</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Ide</translation>
        </message>
        <message>
            <source>What the room said</source>
            <translation>Apa kata peserta</translation>
        </message>
        <message>
            <source>Enter adds it · Tab: friction or idea · Esc: close</source>
            <translation>Enter menambahkannya · Tab: hambatan atau ide · Esc: tutup</translation>
        </message>
        <message>
            <source>A friction the room sees here…</source>
            <translation>Hambatan yang dilihat peserta di sini…</translation>
        </message>
        <message>
            <source>An idea…</source>
            <translation>Sebuah ide…</translation>
        </message>
    </context>
    <context>
        <name>Clipboard</name>
        <message>
            <source>Cut</source>
            <translation>Potong</translation>
        </message>
        <message numerus="yes">
            <source>Copied %Ln item(s)</source>
            <translation>
                <numerusform>%Ln butir disalin</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot paste: {problem}</source>
            <translation>Tidak dapat menempel: {problem}</translation>
        </message>
        <message>
            <source>Nothing to paste: the clipboard holds no map items</source>
            <translation>Tidak ada yang bisa ditempel: papan klip tidak berisi butir peta</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Tempel</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Gandakan</translation>
        </message>
        <message>
            <source>Nothing to paste here</source>
            <translation>Tidak ada yang bisa ditempel di sini</translation>
        </message>
        <message numerus="yes">
            <source>{action}: %Ln item(s)</source>
            <translation>
                <numerusform>{action}: %Ln butir</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot paste: {error}</source>
            <translation>Tidak dapat menempel: {error}</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add persona</source>
            <translation>Tambah persona</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Tambah tahap</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Tambah jalur</translation>
        </message>
        <message>
            <source>Add channel</source>
            <translation>Tambah kanal</translation>
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation>Tambah titik sentuh</translation>
        </message>
        <message>
            <source>Add link</source>
            <translation>Tambah tautan</translation>
        </message>
        <message>
            <source>Add friction</source>
            <translation>Tambah hambatan</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Tambah komentar</translation>
        </message>
        <message>
            <source>Move persona</source>
            <translation>Pindahkan persona</translation>
        </message>
        <message>
            <source>Move stage</source>
            <translation>Pindahkan tahap</translation>
        </message>
        <message>
            <source>Move lane</source>
            <translation>Pindahkan jalur</translation>
        </message>
        <message>
            <source>Move channel</source>
            <translation>Pindahkan kanal</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Edit {fields}</source>
            <translation>Sunting {fields}</translation>
        </message>
        <message>
            <source>Edit title</source>
            <translation>Sunting judul</translation>
        </message>
        <message>
            <source>Edit map details</source>
            <translation>Sunting detail peta</translation>
        </message>
        <message>
            <source>Move card</source>
            <translation>Pindahkan kartu</translation>
        </message>
        <message>
            <source>Capture friction</source>
            <translation>Catat hambatan</translation>
        </message>
        <message>
            <source>Capture idea</source>
            <translation>Catat ide</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln item(s)</source>
            <translation>
                <numerusform>Hapus %Ln butir</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %Ln card(s)</source>
            <translation>
                <numerusform>Pindahkan %Ln kartu</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <source>Comments</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Pada</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>New comment</source>
            <translation>Komentar baru</translation>
        </message>
        <message>
            <source>Write a comment…</source>
            <translation>Tulis komentar…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <source>Show resolved</source>
            <translation>Tampilkan yang selesai</translation>
        </message>
        <message>
            <source>the map</source>
            <translation>peta</translation>
        </message>
        <message>
            <source>New comment on: {target}</source>
            <translation>Komentar baru pada: {target}</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Tambah komentar</translation>
        </message>
        <message>
            <source>Tick when it is dealt with (resolved)</source>
            <translation>Centang bila sudah ditangani (selesai)</translation>
        </message>
        <message>
            <source>Resolve comment</source>
            <translation>Selesaikan komentar</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Jalur</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kartu</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Tautan</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>Hambatan</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Sebelumnya</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Berikutnya</translation>
        </message>
        <message>
            <source>Close Comparison</source>
            <translation>Tutup Perbandingan</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Perubahan</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>No differences from {old}.</source>
            <translation>Tidak ada perbedaan dengan {old}.</translation>
        </message>
        <message numerus="yes">
            <source>Compared with {old}: %Ln change(s)</source>
            <translation>
                <numerusform>Dibandingkan dengan {old}: %Ln perubahan</numerusform>
            </translation>
        </message>
        <message>
            <source>moved</source>
            <translation>dipindahkan</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Bandingkan</translation>
        </message>
        <message>
            <source>Compare with another version</source>
            <translation>Bandingkan dengan versi lain</translation>
        </message>
        <message>
            <source>Journey maps (*.journey.json *.json);;All files (*)</source>
            <translation>Peta perjalanan (*.journey.json *.json);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Could not compare</source>
            <translation>Tidak dapat membandingkan</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Journey maps (*.journey.json *.json);;All files (*)</source>
            <translation>Peta perjalanan (*.journey.json *.json);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Perubahan belum disimpan</translation>
        </message>
        <message>
            <source>Save the changes to “{name}”?</source>
            <translation>Simpan perubahan pada “{name}”?</translation>
        </message>
        <message>
            <source>Your changes will be lost if you don't save them.</source>
            <translation>Perubahan Anda akan hilang jika tidak disimpan.</translation>
        </message>
        <message>
            <source>Open journey map</source>
            <translation>Buka peta perjalanan</translation>
        </message>
        <message>
            <source>Save journey map</source>
            <translation>Simpan peta perjalanan</translation>
        </message>
        <message>
            <source>Recover unsaved work</source>
            <translation>Pulihkan pekerjaan yang belum disimpan</translation>
        </message>
        <message>
            <source>JourneyDesk found unsaved changes to “{title}” from {when}.</source>
            <translation>JourneyDesk menemukan perubahan yang belum disimpan pada “{title}” dari {when}.</translation>
        </message>
        <message>
            <source>It was last saved as {path}.</source>
            <translation>Terakhir disimpan sebagai {path}.</translation>
        </message>
        <message>
            <source>It had not been saved yet.</source>
            <translation>Peta ini belum pernah disimpan.</translation>
        </message>
        <message>
            <source>Open it to keep working on it, or discard the changes?</source>
            <translation>Buka untuk melanjutkan pekerjaan, atau buang perubahannya?</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Nanti</translation>
        </message>
    </context>
    <context>
        <name>EmotionField</name>
        <message>
            <source>-3 very negative … +3 delighted; '—' not recorded</source>
            <translation>-3 sangat negatif … +3 sangat senang; '—' tidak dicatat</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>PDF document (print, share)</source>
            <translation>Dokumen PDF (cetak, bagikan)</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>Gambar PNG</translation>
        </message>
        <message>
            <source>SVG drawing</source>
            <translation>Gambar vektor SVG</translation>
        </message>
        <message>
            <source>CSV table of touchpoints</source>
            <translation>Tabel CSV titik sentuh</translation>
        </message>
        <message>
            <source>PDF slide deck (16:9, to hand out after presenting)</source>
            <translation>Slide PDF (16:9, untuk dibagikan setelah presentasi)</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Tabloid</source>
            <translation>Tabloid</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Peta</translation>
        </message>
        <message>
            <source>Persona profiles</source>
            <translation>Profil persona</translation>
        </message>
        <message>
            <source>Friction register</source>
            <translation>Daftar hambatan</translation>
        </message>
        <message>
            <source>Stage scorecards</source>
            <translation>Kartu skor tahap</translation>
        </message>
        <message>
            <source>Friction hotspots</source>
            <translation>Titik rawan hambatan</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <source>Below each slide</source>
            <translation>Di bawah setiap slide</translation>
        </message>
        <message>
            <source>As PDF annotations (a note icon to open)</source>
            <translation>Sebagai anotasi PDF (ikon catatan yang dapat dibuka)</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Tidak disertakan</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Gambar PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Gambar vektor SVG (*.svg)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export map</source>
            <translation>Ekspor peta</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Telusuri…</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>&amp;Simpan sebagai:</translation>
        </message>
        <message>
            <source>All personas</source>
            <translation>Semua persona</translation>
        </message>
        <message>
            <source>(unnamed persona)</source>
            <translation>(persona tanpa nama)</translation>
        </message>
        <message>
            <source>&amp;Persona:</source>
            <translation>&amp;Persona:</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Kertas</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Lanskap</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Potret</translation>
        </message>
        <message>
            <source>Fit the map on one page</source>
            <translation>Muatkan peta dalam satu halaman</translation>
        </message>
        <message>
            <source>Tile at full size across sheets (to assemble)</source>
            <translation>Bagi ke beberapa lembar dalam ukuran penuh (untuk dirangkai)</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <source>Page &amp;size:</source>
            <translation>&amp;Ukuran halaman:</translation>
        </message>
        <message>
            <source>&amp;Orientation:</source>
            <translation>&amp;Orientasi:</translation>
        </message>
        <message>
            <source>Map:</source>
            <translation>Peta:</translation>
        </message>
        <message>
            <source>&amp;Margins:</source>
            <translation>&amp;Margin:</translation>
        </message>
        <message>
            <source>Sections:</source>
            <translation>Bagian:</translation>
        </message>
        <message>
            <source>When the map would print too small to read, use larger paper or tile it</source>
            <translation>Bila peta akan tercetak terlalu kecil untuk dibaca, gunakan kertas yang lebih besar atau bagi ke beberapa lembar</translation>
        </message>
        <message>
            <source>Card titles under 6 pt: a larger paper of the same family, else full size across sheets</source>
            <translation>Judul kartu di bawah 6 pt: kertas lebih besar dari seri yang sama, atau ukuran penuh di beberapa lembar</translation>
        </message>
        <message>
            <source>Reproducible file (same map, same bytes)</source>
            <translation>Berkas yang dapat direproduksi (peta sama, bita sama)</translation>
        </message>
        <message>
            <source>Slides</source>
            <translation>Slide</translation>
        </message>
        <message>
            <source>Speaker &amp;notes:</source>
            <translation>&amp;Catatan pembicara:</translation>
        </message>
        <message>
            <source>A title slide, one per stage, one per persona's path and the top hotspots, as the presentation (View &gt; Present) steps through them.</source>
            <translation>Slide judul, satu slide per tahap, satu per lintasan persona, dan titik rawan teratas, sesuai urutan presentasi (Tampilan &gt; Presentasikan).</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Gambar</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>1 map unit = 1 pt, as in the PDF: 72 dpi is the editor at 100 %</source>
            <translation>1 satuan peta = 1 pt, seperti di PDF: 72 dpi setara dengan penyunting pada 100 %</translation>
        </message>
        <message>
            <source>With the friction heatmap</source>
            <translation>Dengan peta panas hambatan</translation>
        </message>
        <message>
            <source>&amp;Resolution:</source>
            <translation>&amp;Resolusi:</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabel</translation>
        </message>
        <message>
            <source>Byte-order mark (helps Excel read UTF-8)</source>
            <translation>Tanda urutan bita (membantu Excel membaca UTF-8)</translation>
        </message>
        <message>
            <source>Protect against spreadsheet formulas (= + - @)</source>
            <translation>Lindungi dari rumus lembar kerja (= + - @)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Ekspor</translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>Batalkan ekspor</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Choose where to save the export.</source>
            <translation>Pilih lokasi untuk menyimpan hasil ekspor.</translation>
        </message>
        <message>
            <source>The file name must end in .{ext} for a {format} export.</source>
            <translation>Nama berkas harus berakhiran .{ext} untuk ekspor {format}.</translation>
        </message>
        <message>
            <source>Choose at least one section to print.</source>
            <translation>Pilih setidaknya satu bagian untuk dicetak.</translation>
        </message>
        <message>
            <source>The export failed: {error}</source>
            <translation>Ekspor gagal: {error}</translation>
        </message>
        <message>
            <source>Exported to {path}. Note: {notes}.</source>
            <translation>Diekspor ke {path}. Catatan: {notes}.</translation>
        </message>
        <message>
            <source>Export again</source>
            <translation>Ekspor lagi</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Membatalkan…</translation>
        </message>
    </context>
    <context>
        <name>FileGuard</name>
        <message>
            <source>Map in use</source>
            <translation>Peta sedang digunakan</translation>
        </message>
        <message>
            <source>“{name}” is open in another JourneyDesk.</source>
            <translation>“{name}” sedang terbuka di JourneyDesk lain.</translation>
        </message>
        <message>
            <source>“{name}” is open in JourneyDesk by {user} on {host} since {when}.</source>
            <translation>“{name}” sedang dibuka di JourneyDesk oleh {user} di {host} sejak {when}.</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>seseorang</translation>
        </message>
        <message>
            <source>It is shared in a live session.</source>
            <translation>Peta ini dibagikan dalam sesi langsung.</translation>
        </message>
        <message>
            <source>Saving here too would overwrite one person's work. Open it read-only, or open a copy to edit.</source>
            <translation>Menyimpan di sini juga akan menimpa pekerjaan salah satu orang. Buka dalam mode hanya-baca, atau buka salinannya untuk disunting.</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Buka Hanya-baca</translation>
        </message>
        <message>
            <source>Open a Copy</source>
            <translation>Buka Salinan</translation>
        </message>
        <message>
            <source>File changed on disk</source>
            <translation>Berkas berubah di diska</translation>
        </message>
        <message>
            <source>“{name}” was changed by another program since you opened or saved it.</source>
            <translation>“{name}” telah diubah oleh program lain sejak Anda membuka atau menyimpannya.</translation>
        </message>
        <message>
            <source>Its content differs from what you loaded.</source>
            <translation>Isinya berbeda dari yang Anda muat.</translation>
        </message>
        <message>
            <source>Overwrite it with your map, save yours under a new name, or reload it?</source>
            <translation>Timpa dengan peta Anda, simpan peta Anda dengan nama baru, atau muat ulang?</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Timpa</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>Simpan Sebagai…</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Muat Ulang</translation>
        </message>
        <message>
            <source>“{name}” was changed by another program. Reload it?</source>
            <translation>“{name}” telah diubah oleh program lain. Muat ulang?</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Hanya-baca</translation>
        </message>
        <message>
            <source>open elsewhere</source>
            <translation>terbuka di tempat lain</translation>
        </message>
        <message>
            <source>read-only file</source>
            <translation>berkas hanya-baca</translation>
        </message>
        <message>
            <source>The file is not there any more (deleted or moved); saving writes it again.</source>
            <translation>Berkas sudah tidak ada (dihapus atau dipindahkan); menyimpan akan menulisnya kembali.</translation>
        </message>
        <message>
            <source>“{name}” was deleted or moved; Save writes it again.</source>
            <translation>“{name}” telah dihapus atau dipindahkan; Simpan akan menulisnya kembali.</translation>
        </message>
        <message>
            <source>“{name}” changed on disk; saving will ask what to do.</source>
            <translation>“{name}” berubah di diska; saat menyimpan, Anda akan ditanya apa yang harus dilakukan.</translation>
        </message>
    </context>
    <context>
        <name>FrictionPage</name>
        <message>
            <source>“What the customer said…”</source>
            <translation>“Apa yang dikatakan pelanggan…”</translation>
        </message>
        <message>
            <source>Interview, ticket system, survey…</source>
            <translation>Wawancara, sistem tiket, survei…</translation>
        </message>
        <message>
            <source>how many (tickets, answers…)</source>
            <translation>berapa banyak (tiket, jawaban…)</translation>
        </message>
    </context>
    <context>
        <name>FrictionPanel</name>
        <message>
            <source>Friction</source>
            <translation>Hambatan</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Pada</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Tingkat keparahan</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Peluang</translation>
        </message>
        <message>
            <source>Filter frictions</source>
            <translation>Saring hambatan</translation>
        </message>
        <message>
            <source>Filter frictions…</source>
            <translation>Saring hambatan…</translation>
        </message>
        <message>
            <source>Any severity</source>
            <translation>Semua tingkat keparahan</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>Belum teratasi</translation>
        </message>
        <message>
            <source>+ Add</source>
            <translation>+ Tambah</translation>
        </message>
        <message>
            <source>Add a friction to the selected card or link</source>
            <translation>Tambahkan hambatan ke kartu atau tautan yang dipilih</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Friction register</source>
            <translation>Daftar hambatan</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} dari {total}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln friction(s)</source>
            <translation>
                <numerusform>%Ln hambatan</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a card or link first</source>
            <translation>Pilih kartu atau tautan terlebih dahulu</translation>
        </message>
        <message>
            <source>New friction</source>
            <translation>Hambatan baru</translation>
        </message>
        <message>
            <source>Add friction</source>
            <translation>Tambah hambatan</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln friction(s)</source>
            <translation>
                <numerusform>Hapus %Ln hambatan</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>JourneyDesk User Guide</source>
            <translation>Panduan Pengguna JourneyDesk</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Panduan pengguna</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>The user guide is not installed with this copy of JourneyDesk.</source>
            <translation>Panduan pengguna tidak terpasang bersama salinan JourneyDesk ini.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Lembar kerja (*.csv *.tsv *.txt *.xlsx);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(tidak diimpor)</translation>
        </message>
        <message>
            <source>Emotion of {persona}</source>
            <translation>Emosi {persona}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Deskripsi</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Jalur</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Emosi</translation>
        </message>
        <message>
            <source>CSAT %</source>
            <translation>CSAT %</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>CES</source>
            <translation>CES</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Conversion %</source>
            <translation>Konversi %</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>Hambatan</translation>
        </message>
        <message>
            <source>Friction severity</source>
            <translation>Tingkat keparahan hambatan</translation>
        </message>
        <message>
            <source>Friction category</source>
            <translation>Kategori hambatan</translation>
        </message>
        <message>
            <source>Friction status</source>
            <translation>Status hambatan</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Bukti</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>Momen penentu</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Import {file}</source>
            <translation>Impor {file}</translation>
        </message>
        <message>
            <source>Detect from the header row</source>
            <translation>Deteksi dari baris tajuk</translation>
        </message>
        <message>
            <source>One touchpoint per row</source>
            <translation>Satu titik sentuh per baris</translation>
        </message>
        <message>
            <source>Grid: stages across, lanes down</source>
            <translation>Kisi: tahap mendatar, jalur menurun</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Berkas:</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Lembar:</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>Tata letak:</translation>
        </message>
        <message>
            <source>A new map</source>
            <translation>Peta baru</translation>
        </message>
        <message>
            <source>The open map, “{title}” (one undo step)</source>
            <translation>Peta yang terbuka, “{title}” (satu langkah urungkan)</translation>
        </message>
        <message>
            <source>Import into:</source>
            <translation>Impor ke:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <source>CSV, {delimiter} separated, {encoding}</source>
            <translation>CSV, dipisah {delimiter}, {encoding}</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>koma</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>titik koma</translation>
        </message>
        <message>
            <source>pipe</source>
            <translation>garis tegak</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Buku kerja Excel</translation>
        </message>
        <message>
            <source>(CSV: one sheet)</source>
            <translation>(CSV: satu lembar)</translation>
        </message>
        <message>
            <source>Read as a grid: stage names across the first row, lane names down the first column, card texts in the cells (several cards in a cell separated by blank lines or bullets).</source>
            <translation>Dibaca sebagai kisi: nama tahap di sepanjang baris pertama, nama jalur menurun di kolom pertama, teks kartu di sel-selnya (beberapa kartu dalam satu sel dipisahkan baris kosong atau butir daftar).</translation>
        </message>
        <message>
            <source>Choose which column holds the touchpoint titles.</source>
            <translation>Pilih kolom yang berisi judul titik sentuh.</translation>
        </message>
        <message>
            <source>One touchpoint per row. Choose what each column holds; columns left “not imported” are skipped.</source>
            <translation>Satu titik sentuh per baris. Pilih isi setiap kolom; kolom yang dibiarkan “tidak diimpor” akan dilewati.</translation>
        </message>
        <message>
            <source>This sheet cannot be read:</source>
            <translation>Lembar ini tidak dapat dibaca:</translation>
        </message>
        <message>
            <source>Some rows cannot be imported</source>
            <translation>Beberapa baris tidak dapat diimpor</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) cannot be imported (listed in the dialog).</source>
            <translation>
                <numerusform>%Ln baris tidak dapat diimpor (tercantum di dialog).</numerusform>
            </translation>
        </message>
        <message>
            <source>Skip them and import the other rows?</source>
            <translation>Lewati baris tersebut dan impor baris lainnya?</translation>
        </message>
        <message>
            <source>Nothing imported:</source>
            <translation>Tidak ada yang diimpor:</translation>
        </message>
        <message>
            <source>There is nothing to import in this file.</source>
            <translation>Tidak ada yang dapat diimpor dari berkas ini.</translation>
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Impor lembar kerja</translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln touchpoint(s)</source>
            <translation>
                <numerusform>Impor %Ln titik sentuh</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln touchpoint(s)</source>
            <translation>
                <numerusform>%Ln titik sentuh diimpor</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not import the spreadsheet</source>
            <translation>Tidak dapat mengimpor lembar kerja</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln baris</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) cannot be imported:</source>
            <translation>
                <numerusform>%Ln baris tidak dapat diimpor:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Map details</source>
            <translation>Detail peta</translation>
        </message>
        <message>
            <source>{kind}: {title}</source>
            <translation>{kind}: {title}</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>tidak diukur</translation>
        </message>
        <message>
            <source>{field} must be a whole number (or empty)</source>
            <translation>{field} harus berupa bilangan bulat (atau kosong)</translation>
        </message>
        <message>
            <source>{field} must be a number (or empty)</source>
            <translation>{field} harus berupa angka (atau kosong)</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>Sunting {field}</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>Pilih warna</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Peta</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Deskripsi</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Isi</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Jalur</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuh</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Tautan</translation>
        </message>
        <message>
            <source>Frictions</source>
            <translation>Hambatan</translation>
        </message>
        <message>
            <source>{count} ({open} open)</source>
            <translation>{count} ({open} terbuka)</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Titik sentuh</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Letak</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Jalur</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metrik</translation>
        </message>
        <message>
            <source>{label}: {low} to {high}</source>
            <translation>{label}: {low} hingga {high}</translation>
        </message>
        <message>
            <source>{label}: {low} or more</source>
            <translation>{label}: {low} atau lebih</translation>
        </message>
        <message>
            <source>Emotion per persona</source>
            <translation>Emosi per persona</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Bukti</translation>
        </message>
        <message>
            <source>Evidence status</source>
            <translation>Status bukti</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>Momen penentu</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>(unnamed stage)</source>
            <translation>(tahap tanpa nama)</translation>
        </message>
        <message>
            <source>(unnamed lane)</source>
            <translation>(jalur tanpa nama)</translation>
        </message>
        <message>
            <source>(no channel)</source>
            <translation>(tanpa kanal)</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(tanpa nama)</translation>
        </message>
        <message>
            <source>New channel…</source>
            <translation>Kanal baru…</translation>
        </message>
        <message>
            <source>(unnamed persona)</source>
            <translation>(persona tanpa nama)</translation>
        </message>
        <message>
            <source>Emotion of {persona} at this touchpoint (-3 … +3)</source>
            <translation>Emosi {persona} di titik sentuh ini (-3 … +3)</translation>
        </message>
        <message>
            <source>Move card to another stage</source>
            <translation>Pindahkan kartu ke tahap lain</translation>
        </message>
        <message>
            <source>Move card to another lane</source>
            <translation>Pindahkan kartu ke jalur lain</translation>
        </message>
        <message>
            <source>New channel</source>
            <translation>Kanal baru</translation>
        </message>
        <message>
            <source>Channel name:</source>
            <translation>Nama kanal:</translation>
        </message>
        <message>
            <source>Set channel</source>
            <translation>Atur kanal</translation>
        </message>
        <message>
            <source>Add channel</source>
            <translation>Tambah kanal</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Warna</translation>
        </message>
        <message>
            <source>Goals (one per line)</source>
            <translation>Tujuan (satu per baris)</translation>
        </message>
        <message>
            <source>Needs (one per line)</source>
            <translation>Kebutuhan (satu per baris)</translation>
        </message>
        <message>
            <source>Frustrations (one per line)</source>
            <translation>Frustrasi (satu per baris)</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Kutipan</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Lihat</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Tautan</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Semua orang</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>Hambatan</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Pada</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Apa yang terjadi</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Tingkat keparahan</translation>
        </message>
        <message>
            <source>Category (or type your own)</source>
            <translation>Kategori (atau ketik sendiri)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Opportunity (the fix)</source>
            <translation>Peluang (perbaikannya)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Count must be a whole number of 0 or more</source>
            <translation>Jumlah harus berupa bilangan bulat 0 atau lebih</translation>
        </message>
        <message>
            <source>{title} (link)</source>
            <translation>{title} (tautan)</translation>
        </message>
        <message>
            <source>{title} (touchpoint)</source>
            <translation>{title} (titik sentuh)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln butir</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Guest</source>
            <translation>Tamu</translation>
        </message>
        <message>
            <source>Join Live</source>
            <translation>Gabung Langsung</translation>
        </message>
        <message>
            <source>192.168.1.20:8765 K7QM-2X9D, or a ws:// link</source>
            <translation>192.168.1.20:8765 K7QM-2X9D, atau tautan ws://</translation>
        </message>
        <message>
            <source>Session:</source>
            <translation>Sesi:</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>Nama Anda:</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Gabung</translation>
        </message>
        <message>
            <source>Sessions on this network:</source>
            <translation>Sesi di jaringan ini:</translation>
        </message>
        <message>
            <source>Workshop: {title} ({address})</source>
            <translation>Lokakarya: {title} ({address})</translation>
        </message>
        <message>
            <source>Type the code and address the host shows.</source>
            <translation>Ketik kode dan alamat yang ditampilkan tuan rumah.</translation>
        </message>
        <message>
            <source>Type the host's address and the 8-letter code, e.g. 192.168.1.20 K7QM-2X9D</source>
            <translation>Ketik alamat tuan rumah dan kode 8 huruf, mis. 192.168.1.20 K7QM-2X9D</translation>
        </message>
        <message>
            <source>Type the name the others will see.</source>
            <translation>Ketik nama yang akan dilihat peserta lain.</translation>
        </message>
    </context>
    <context>
        <name>LinkDrag</name>
        <message>
            <source>Add link</source>
            <translation>Tambah tautan</translation>
        </message>
    </context>
    <context>
        <name>Live</name>
        <message>
            <source>The host is presenting: this session is read-only for now</source>
            <translation>Tuan rumah sedang melakukan presentasi: sesi ini hanya-baca untuk sementara</translation>
        </message>
    </context>
    <context>
        <name>LiveController</name>
        <message>
            <source>Participants</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <source>The live session ended: another map was opened in this window.</source>
            <translation>Sesi langsung berakhir: peta lain dibuka di jendela ini.</translation>
        </message>
        <message>
            <source>Joined “{title}”</source>
            <translation>Bergabung ke “{title}”</translation>
        </message>
        <message>
            <source>Share &amp;Live…</source>
            <translation>Bagikan &amp;Langsung…</translation>
        </message>
        <message>
            <source>Let a room of laptops edit this map with you, on this network</source>
            <translation>Izinkan laptop-laptop dalam satu ruangan menyunting peta ini bersama Anda, di jaringan ini</translation>
        </message>
        <message>
            <source>&amp;Join Live…</source>
            <translation>&amp;Gabung Langsung…</translation>
        </message>
        <message>
            <source>End Li&amp;ve Session</source>
            <translation>Ak&amp;hiri Sesi Langsung</translation>
        </message>
        <message>
            <source>Save a Cop&amp;y…</source>
            <translation>Sim&amp;pan Salinan…</translation>
        </message>
        <message>
            <source>Lea&amp;ve Live Session</source>
            <translation>Keluar &amp;dari Sesi Langsung</translation>
        </message>
        <message>
            <source>The host removed you from the session. The map here is now your own copy.</source>
            <translation>Tuan rumah mengeluarkan Anda dari sesi. Peta di sini sekarang menjadi salinan Anda sendiri.</translation>
        </message>
        <message>
            <source>The host ended the session. The map here is now your own copy.</source>
            <translation>Tuan rumah mengakhiri sesi. Peta di sini sekarang menjadi salinan Anda sendiri.</translation>
        </message>
        <message>
            <source>Could not join: {why}</source>
            <translation>Tidak dapat bergabung: {why}</translation>
        </message>
        <message>
            <source>The live session is closed.</source>
            <translation>Sesi langsung sudah ditutup.</translation>
        </message>
        <message>
            <source>Could not join the session</source>
            <translation>Tidak dapat bergabung ke sesi</translation>
        </message>
        <message>
            <source>Could not save a copy</source>
            <translation>Tidak dapat menyimpan salinan</translation>
        </message>
        <message>
            <source>Saved a copy as {path}</source>
            <translation>Salinan disimpan sebagai {path}</translation>
        </message>
        <message>
            <source>Live session ended. The map stays here as a normal file.</source>
            <translation>Sesi langsung berakhir. Peta tetap di sini sebagai berkas biasa.</translation>
        </message>
        <message>
            <source>You left the live session. The map here is now your own copy.</source>
            <translation>Anda meninggalkan sesi langsung. Peta di sini sekarang menjadi salinan Anda sendiri.</translation>
        </message>
    </context>
    <context>
        <name>Loading</name>
        <message>
            <source>Opening map</source>
            <translation>Membuka peta</translation>
        </message>
        <message>
            <source>Opening “{name}”…</source>
            <translation>Membuka “{name}”…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Palette</source>
            <translation>Palet</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspektur</translation>
        </message>
        <message>
            <source>Friction register</source>
            <translation>Daftar hambatan</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analisis</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Tanpa judul</translation>
        </message>
        <message>
            <source>{name} (read-only)</source>
            <translation>{name} (hanya-baca)</translation>
        </message>
    </context>
    <context>
        <name>MapEditor</name>
        <message>
            <source>New touchpoint</source>
            <translation>Titik sentuh baru</translation>
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation>Tambah titik sentuh</translation>
        </message>
        <message>
            <source>Stage 1</source>
            <translation>Tahap 1</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuh</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation>Persona baru</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Tahap baru</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>Jalur baru</translation>
        </message>
        <message>
            <source>New friction</source>
            <translation>Hambatan baru</translation>
        </message>
        <message>
            <source>Add friction</source>
            <translation>Tambah hambatan</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Ganti nama</translation>
        </message>
    </context>
    <context>
        <name>MapPage</name>
        <message>
            <source>en, id, ms…</source>
            <translation>en, id, ms…</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <source>Journey map</source>
            <translation>Peta perjalanan</translation>
        </message>
        <message>
            <source>Arrow keys move between cards and headers; Help &gt; Keyboard Shortcuts lists every key.</source>
            <translation>Tombol panah memindahkan fokus antarkartu dan antartajuk; Bantuan &gt; Pintasan Papan Ketik mencantumkan semua tombol.</translation>
        </message>
    </context>
    <context>
        <name>MultiPage</name>
        <message numerus="yes">
            <source>%Ln item(s) selected</source>
            <translation>
                <numerusform>%Ln butir dipilih</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Touchpoint</source>
            <translation>Titik sentuh</translation>
        </message>
        <message>
            <source>A moment where the customer meets the brand. Drop it into a cell.</source>
            <translation>Momen ketika pelanggan bertemu merek. Letakkan di sebuah sel.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>A column of the journey. Drop it between stage headers.</source>
            <translation>Satu kolom perjalanan. Letakkan di antara tajuk tahap.</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Jalur</translation>
        </message>
        <message>
            <source>A row of the map. Drop it between lane headers.</source>
            <translation>Satu baris peta. Letakkan di antara tajuk jalur.</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>A kind of customer. Drop it anywhere on the map.</source>
            <translation>Satu jenis pelanggan. Letakkan di mana saja pada peta.</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>Hambatan</translation>
        </message>
        <message>
            <source>A pain point. Drop it onto a card or a link.</source>
            <translation>Sebuah titik masalah. Letakkan pada kartu atau tautan.</translation>
        </message>
        <message>
            <source>Link tool</source>
            <translation>Alat tautan</translation>
        </message>
        <message>
            <source>Drag from one card to another to link them (L).</source>
            <translation>Seret dari satu kartu ke kartu lain untuk menautkannya (L).</translation>
        </message>
        <message>
            <source>Or press Enter to add one where the selection is.</source>
            <translation>Atau tekan Enter untuk menambahkannya di posisi pilihan.</translation>
        </message>
        <message>
            <source>Palette</source>
            <translation>Palet</translation>
        </message>
        <message>
            <source>Add to map</source>
            <translation>Tambahkan ke peta</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Participants</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <source>Read-only for participants</source>
            <translation>Hanya-baca bagi peserta</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Keluarkan</translation>
        </message>
        <message>
            <source>Close this person's connection; they cannot join this session again</source>
            <translation>Tutup koneksi orang ini; ia tidak dapat bergabung lagi ke sesi ini</translation>
        </message>
        <message>
            <source>Save a Copy…</source>
            <translation>Simpan Salinan…</translation>
        </message>
        <message>
            <source>End Session</source>
            <translation>Akhiri Sesi</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Tinggalkan</translation>
        </message>
        <message>
            <source>Not in a live session. File &gt; Share Live… or Join Live…</source>
            <translation>Tidak dalam sesi langsung. Berkas &gt; Bagikan Langsung… atau Gabung Langsung…</translation>
        </message>
        <message>
            <source>(host)</source>
            <translation>(tuan rumah)</translation>
        </message>
        <message>
            <source>(you)</source>
            <translation>(Anda)</translation>
        </message>
        <message>
            <source>editing “{card}”</source>
            <translation>menyunting “{card}”</translation>
        </message>
        <message>
            <source>Offline: keep editing; your changes are sent when the connection is back.</source>
            <translation>Luring: lanjutkan menyunting; perubahan Anda akan dikirim saat koneksi kembali.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Menghubungkan…</translation>
        </message>
        <message>
            <source>The session is over.</source>
            <translation>Sesi telah berakhir.</translation>
        </message>
        <message numerus="yes">
            <source>Live · %Ln online</source>
            <translation>
                <numerusform>Langsung · %Ln daring</numerusform>
            </translation>
        </message>
        <message>
            <source>code {code}</source>
            <translation>kode {code}</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>hanya-baca</translation>
        </message>
    </context>
    <context>
        <name>PersonaPage</name>
        <message>
            <source>Student, small business owner…</source>
            <translation>Mahasiswa, pemilik usaha kecil…</translation>
        </message>
        <message>
            <source>“In their own words…”</source>
            <translation>“Dengan kata-kata mereka sendiri…”</translation>
        </message>
    </context>
    <context>
        <name>PersonasPanel</name>
        <message>
            <source>Personas</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Add a persona</source>
            <translation>Tambahkan persona</translation>
        </message>
        <message>
            <source>Delete the persona (undoable)</source>
            <translation>Hapus persona (dapat diurungkan)</translation>
        </message>
        <message>
            <source>Choose the persona's colour</source>
            <translation>Pilih warna persona</translation>
        </message>
        <message>
            <source>Edit the persona in the inspector</source>
            <translation>Sunting persona di inspektur</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Naikkan</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Turunkan</translation>
        </message>
        <message>
            <source>All personas</source>
            <translation>Semua persona</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation>Persona baru</translation>
        </message>
        <message>
            <source>New persona {number}</source>
            <translation>Persona baru {number}</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Tambah persona</translation>
        </message>
        <message>
            <source>Rename persona</source>
            <translation>Ganti nama persona</translation>
        </message>
        <message>
            <source>Delete persona</source>
            <translation>Hapus persona</translation>
        </message>
        <message>
            <source>Persona colour</source>
            <translation>Warna persona</translation>
        </message>
        <message>
            <source>Move persona</source>
            <translation>Pindahkan persona</translation>
        </message>
    </context>
    <context>
        <name>PointDrag</name>
        <message>
            <source>Set emotion</source>
            <translation>Atur emosi</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>System language</source>
            <translation>Bahasa sistem</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Terang</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Gelap</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Kontras tinggi</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferensi</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Kembalikan Bawaan</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Antarmuka</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Bahasa:</translation>
        </message>
        <message>
            <source>The language changes the next time JourneyDesk starts.</source>
            <translation>Bahasa akan berganti saat JourneyDesk dijalankan berikutnya.</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>Keeping work safe</source>
            <translation>Menjaga keamanan pekerjaan</translation>
        </message>
        <message>
            <source>Keep a &amp;recovery copy of unsaved maps</source>
            <translation>Simpan salinan &amp;pemulihan untuk peta yang belum disimpan</translation>
        </message>
        <message>
            <source>A copy is kept within a second of each change, away from your files.</source>
            <translation>Salinan dibuat dalam satu detik setelah setiap perubahan, terpisah dari berkas Anda.</translation>
        </message>
        <message>
            <source>Keep &amp;backups of previous versions when saving</source>
            <translation>Simpan &amp;cadangan versi sebelumnya saat menyimpan</translation>
        </message>
        <message>
            <source>Previous versions to keep</source>
            <translation>Jumlah versi sebelumnya yang disimpan</translation>
        </message>
        <message>
            <source>&amp;Versions to keep:</source>
            <translation>Jumlah &amp;versi yang disimpan:</translation>
        </message>
        <message>
            <source>Kept beside the map as NAME~, NAME~2, …</source>
            <translation>Disimpan di samping peta sebagai NAMA~, NAMA~2, …</translation>
        </message>
        <message>
            <source>Files and export</source>
            <translation>Berkas dan ekspor</translation>
        </message>
        <message>
            <source>Default &amp;page size:</source>
            <translation>&amp;Ukuran halaman bawaan:</translation>
        </message>
        <message>
            <source>Maps listed in Open Recent</source>
            <translation>Jumlah peta di Buka Terkini</translation>
        </message>
        <message>
            <source>Maps in Open &amp;Recent:</source>
            <translation>Peta di Buka Te&amp;rkini:</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>This map has no personas</source>
            <translation>Peta ini tidak memiliki persona</translation>
        </message>
        <message>
            <source>Theme: {name}</source>
            <translation>Tema: {name}</translation>
        </message>
        <message>
            <source>Untitled stage</source>
            <translation>Tahap tanpa judul</translation>
        </message>
        <message>
            <source>Untitled lane</source>
            <translation>Jalur tanpa judul</translation>
        </message>
        <message>
            <source>? keys</source>
            <translation>? tombol</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>{persona}: walk-through</source>
            <translation>{persona}: penelusuran</translation>
        </message>
        <message>
            <source>Friction tour</source>
            <translation>Tur hambatan</translation>
        </message>
        <message numerus="yes">
            <source>+ %Ln more</source>
            <translation>
                <numerusform>+ %Ln lainnya</numerusform>
            </translation>
        </message>
        <message>
            <source>Untitled friction</source>
            <translation>Hambatan tanpa judul</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>Frustrasi</translation>
        </message>
        <message>
            <source>Frictions met here</source>
            <translation>Hambatan yang ditemui di sini</translation>
        </message>
        <message>
            <source>No friction here</source>
            <translation>Tidak ada hambatan di sini</translation>
        </message>
        <message>
            <source>Why it ranks here</source>
            <translation>Mengapa berperingkat di sini</translation>
        </message>
        <message>
            <source>Open frictions</source>
            <translation>Hambatan terbuka</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuh</translation>
        </message>
        <message>
            <source>Critical or major</source>
            <translation>Kritis atau berat</translation>
        </message>
        <message>
            <source>Channel switches</source>
            <translation>Perpindahan kanal</translation>
        </message>
        <message>
            <source>Moments of truth</source>
            <translation>Momen penentu</translation>
        </message>
        <message>
            <source>No metrics</source>
            <translation>Tidak ada metrik</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Hotspots</source>
            <translation>Titik rawan</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metrik</translation>
        </message>
        <message>
            <source>Speaker notes</source>
            <translation>Catatan pembicara</translation>
        </message>
        <message>
            <source>No notes for this step.</source>
            <translation>Tidak ada catatan untuk langkah ini.</translation>
        </message>
        <message>
            <source>Walk through a persona's journey</source>
            <translation>Telusuri perjalanan sebuah persona</translation>
        </message>
        <message>
            <source>Back to the stages</source>
            <translation>Kembali ke tahap</translation>
        </message>
        <message>
            <source>on</source>
            <translation>aktif</translation>
        </message>
        <message>
            <source>off</source>
            <translation>nonaktif</translation>
        </message>
        <message>
            <source>Right, Down, PageDown, Space, Enter</source>
            <translation>Kanan, Bawah, PageDown, Spasi, Enter</translation>
        </message>
        <message>
            <source>next</source>
            <translation>berikutnya</translation>
        </message>
        <message>
            <source>Left, Up, PageUp, Backspace</source>
            <translation>Kiri, Atas, PageUp, Backspace</translation>
        </message>
        <message>
            <source>previous</source>
            <translation>sebelumnya</translation>
        </message>
        <message>
            <source>Home / End</source>
            <translation>Home / End</translation>
        </message>
        <message>
            <source>first / last</source>
            <translation>pertama / terakhir</translation>
        </message>
        <message>
            <source>1-9</source>
            <translation>1-9</translation>
        </message>
        <message>
            <source>go to a stage (0: the overview)</source>
            <translation>ke tahap tertentu (0: gambaran umum)</translation>
        </message>
        <message>
            <source>walk through a persona's path</source>
            <translation>telusuri lintasan sebuah persona</translation>
        </message>
        <message>
            <source>friction tour, worst first (again: back)</source>
            <translation>tur hambatan, terburuk dulu (tekan lagi: kembali)</translation>
        </message>
        <message>
            <source>frictions</source>
            <translation>hambatan</translation>
        </message>
        <message>
            <source>heatmap</source>
            <translation>peta panas</translation>
        </message>
        <message>
            <source>emotion curves</source>
            <translation>kurva emosi</translation>
        </message>
        <message>
            <source>metrics</source>
            <translation>metrik</translation>
        </message>
        <message>
            <source>speaker notes</source>
            <translation>catatan pembicara</translation>
        </message>
        <message>
            <source>pointer highlight</source>
            <translation>sorotan penunjuk</translation>
        </message>
        <message>
            <source>theme: {name}</source>
            <translation>tema: {name}</translation>
        </message>
        <message>
            <source>quick capture: an idea or a friction where the room points</source>
            <translation>catat cepat: ide atau hambatan di tempat yang ditunjuk peserta</translation>
        </message>
        <message>
            <source>take back the last capture</source>
            <translation>urungkan entri terakhir</translation>
        </message>
        <message>
            <source>black / white screen</source>
            <translation>layar hitam / putih</translation>
        </message>
        <message>
            <source>move to the other screen</source>
            <translation>pindah ke layar lain</translation>
        </message>
        <message>
            <source>this list</source>
            <translation>daftar ini</translation>
        </message>
        <message>
            <source>leave: the editor comes back as it was</source>
            <translation>keluar: penyunting kembali seperti semula</translation>
        </message>
        <message>
            <source>Presenting: keys</source>
            <translation>Presentasi: tombol</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <source>{title} — presenting</source>
            <translation>{title} — presentasi</translation>
        </message>
        <message>
            <source>There is only one screen</source>
            <translation>Hanya ada satu layar</translation>
        </message>
        <message>
            <source>On the card “{title}”</source>
            <translation>Pada kartu “{title}”</translation>
        </message>
        <message>
            <source>On the link the step is about</source>
            <translation>Pada tautan yang dibahas langkah ini</translation>
        </message>
        <message>
            <source>No card pointed at: an idea goes on the stage “{name}”</source>
            <translation>Tidak ada kartu yang ditunjuk: ide ditempatkan di tahap “{name}”</translation>
        </message>
        <message>
            <source>No card pointed at: an idea goes on the map</source>
            <translation>Tidak ada kartu yang ditunjuk: ide ditempatkan di peta</translation>
        </message>
        <message>
            <source>Point at a card to capture a friction (Tab: an idea)</source>
            <translation>Tunjuk sebuah kartu untuk mencatat hambatan (Tab: ide)</translation>
        </message>
        <message>
            <source>Friction captured</source>
            <translation>Hambatan dicatat</translation>
        </message>
        <message>
            <source>Idea captured</source>
            <translation>Ide dicatat</translation>
        </message>
        <message>
            <source>Ctrl+Z takes it back</source>
            <translation>Ctrl+Z mengurungkannya</translation>
        </message>
        <message>
            <source>Nothing captured here to take back</source>
            <translation>Tidak ada entri di sini yang dapat diurungkan</translation>
        </message>
        <message>
            <source>Capture taken back</source>
            <translation>Entri diurungkan</translation>
        </message>
    </context>
    <context>
        <name>PresenterConsole</name>
        <message>
            <source>Presenter console</source>
            <translation>Konsol penyaji</translation>
        </message>
        <message>
            <source>No notes for this step.</source>
            <translation>Tidak ada catatan untuk langkah ini.</translation>
        </message>
        <message>
            <source>Next: {title} ({progress})</source>
            <translation>Berikutnya: {title} ({progress})</translation>
        </message>
        <message>
            <source>Next: the end of this tour</source>
            <translation>Berikutnya: akhir tur ini</translation>
        </message>
        <message>
            <source>{minutes}:{seconds} since the start</source>
            <translation>{minutes}:{seconds} sejak awal</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <source>Presentation</source>
            <translation>Presentasi</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Folder</translation>
        </message>
    </context>
    <context>
        <name>QColorDialog</name>
        <message>
            <source>Select Color</source>
            <translation>Pilih Warna</translation>
        </message>
        <message>
            <source>Hu&amp;e:</source>
            <translation>R&amp;ona:</translation>
        </message>
        <message>
            <source>&amp;Sat:</source>
            <translation>&amp;Saturasi:</translation>
        </message>
        <message>
            <source>&amp;Val:</source>
            <translation>&amp;Nilai:</translation>
        </message>
        <message>
            <source>&amp;Red:</source>
            <translation>Me&amp;rah:</translation>
        </message>
        <message>
            <source>&amp;Green:</source>
            <translation>Hi&amp;jau:</translation>
        </message>
        <message>
            <source>Bl&amp;ue:</source>
            <translation>Bir&amp;u:</translation>
        </message>
        <message>
            <source>A&amp;lpha channel:</source>
            <translation>Kanal a&amp;lfa:</translation>
        </message>
        <message>
            <source>&amp;HTML:</source>
            <translation>&amp;HTML:</translation>
        </message>
        <message>
            <source>&amp;Basic colors</source>
            <translation>Warna &amp;dasar</translation>
        </message>
        <message>
            <source>&amp;Custom colors</source>
            <translation>Warna &amp;kustom</translation>
        </message>
        <message>
            <source>&amp;Add to Custom Colors</source>
            <translation>&amp;Tambahkan ke Warna Kustom</translation>
        </message>
        <message>
            <source>&amp;Pick Screen Color</source>
            <translation>&amp;Pilih Warna Layar</translation>
        </message>
    </context>
    <context>
        <name>QDockWidget</name>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Closes the dock widget</source>
            <translation>Tutup panel</translation>
        </message>
        <message>
            <source>Float</source>
            <translation>Lepaskan</translation>
        </message>
        <message>
            <source>Undocks and re-attaches the dock widget</source>
            <translation>Lepaskan dan pasang kembali panel</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Lihat di:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Mundur</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Mundur</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Folder Induk</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ke folder induk</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Buat Folder Baru</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Buat Folder Baru</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Tampilan Daftar</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Ubah ke mode tampilan daftar</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Tampilan Detail</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Ubah ke mode tampilan detail</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Bilah Sisi</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Daftar lokasi dan markah</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Jenis berkas:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nama berkas:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Semua Berkas (*)</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Tampilkan </translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Ganti Nama</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Tampilkan berkas &amp;tersembunyi</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Folder &amp;Baru</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Simpan Sebagai</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>Komputer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Tanggal Diubah</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Jenis</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Masukkan nilai:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>U&amp;langi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Potong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih Semua</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Tampilkan Detail...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Sembunyikan Detail...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Atur Ulang</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Kembalikan Bawaan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Simpan Semua</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ya untuk &amp;Semua</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Tidak untuk Semu&amp;a</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Gugurkan</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Coba Lagi</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Abaikan</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Meta</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Num</source>
            <translation>Num</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Spasi</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Backtab</source>
            <translation>Backtab</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Backspace</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Ins</source>
            <translation>Ins</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>SysReq</source>
            <translation>SysReq</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Kiri</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Naik</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Kanan</translation>
        </message>
        <message>
            <source>PgUp</source>
            <translation>PgUp</translation>
        </message>
        <message>
            <source>PgDown</source>
            <translation>PgDown</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Turun</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>U&amp;langi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Potong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih Semua</translation>
        </message>
    </context>
    <context>
        <name>Render</name>
        <message>
            <source>scale must be from 0.01 to 50 (got {scale})</source>
            <translation>skala harus antara 0.01 dan 50 (diberikan: {scale})</translation>
        </message>
        <message>
            <source>dpi must be from 10 to 1200 (got {dpi})</source>
            <translation>dpi harus antara 10 dan 1200 (diberikan: {dpi})</translation>
        </message>
        <message>
            <source>{path}: the image would be {width} x {height} pixels, too large; use a dpi of {dpi} or less (or export a PDF, which has no such limit)</source>
            <translation>{path}: gambar akan berukuran {width} x {height} piksel, terlalu besar; gunakan dpi {dpi} atau kurang (atau ekspor PDF, yang tidak memiliki batas seperti itu)</translation>
        </message>
        <message>
            <source>{path}: not enough memory for a {width} x {height} pixel image</source>
            <translation>{path}: memori tidak cukup untuk gambar {width} x {height} piksel</translation>
        </message>
        <message>
            <source>{path}: the PNG could not be written (is the disk full?)</source>
            <translation>{path}: PNG tidak dapat ditulis (apakah diska penuh?)</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>Peta perjalanan</translation>
        </message>
        <message>
            <source>Customer journey map exported by JourneyDesk</source>
            <translation>Peta perjalanan pelanggan yang diekspor oleh JourneyDesk</translation>
        </message>
        <message>
            <source>{path}: the SVG could not be written</source>
            <translation>{path}: SVG tidak dapat ditulis</translation>
        </message>
        <message>
            <source>{path}: the SVG could not be written (is the disk full?)</source>
            <translation>{path}: SVG tidak dapat ditulis (apakah diska penuh?)</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Share Live</source>
            <translation>Bagikan Langsung</translation>
        </message>
        <message>
            <source>Participants choose File &gt; Join Live… and type this code, or scan the QR code.</source>
            <translation>Peserta memilih Berkas &gt; Gabung Langsung… lalu mengetik kode ini, atau memindai kode QR.</translation>
        </message>
        <message>
            <source>Address: {address}:{port}</source>
            <translation>Alamat: {address}:{port}</translation>
        </message>
        <message>
            <source>Copy Join Link</source>
            <translation>Salin Tautan Gabung</translation>
        </message>
        <message>
            <source>Read-only for participants (presenting)</source>
            <translation>Hanya-baca bagi peserta (presentasi)</translation>
        </message>
        <message>
            <source>Announced on this network as “Workshop: {title}”.</source>
            <translation>Diumumkan di jaringan ini sebagai “Workshop: {title}”.</translation>
        </message>
        <message>
            <source>Not announced on the network (mDNS is off or not available): share the code.</source>
            <translation>Tidak diumumkan di jaringan (mDNS nonaktif atau tidak tersedia): bagikan kodenya.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Canvas</source>
            <translation>Kanvas</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Pintasan Papan Ketik</translation>
        </message>
        <message>
            <source>Tab and Shift+Tab move between the panels and the map; F6 jumps to the next panel. On the map, the arrow keys move between cards and headers.</source>
            <translation>Tab dan Shift+Tab berpindah antarpanel dan peta; F6 melompat ke panel berikutnya. Di peta, tombol panah berpindah antarkartu dan antartajuk.</translation>
        </message>
        <message>
            <source>Find a command or a key</source>
            <translation>Cari perintah atau tombol</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Pintasan papan ketik</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Perintah</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tombol</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>StarterMap</name>
        <message>
            <source>Awareness</source>
            <translation>Kesadaran</translation>
        </message>
        <message>
            <source>Consideration</source>
            <translation>Pertimbangan</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Pembelian</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Retensi</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>Advokasi</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Perjalanan tanpa judul</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuh</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>Could not open the template</source>
            <translation>Tidak dapat membuka templat</translation>
        </message>
    </context>
    <context>
        <name>TouchpointPage</name>
        <message>
            <source>Marketing, Sales, Support…</source>
            <translation>Pemasaran, Penjualan, Dukungan…</translation>
        </message>
        <message>
            <source>A moment that decides whether the customer buys or comes back</source>
            <translation>Momen yang menentukan apakah pelanggan membeli atau kembali lagi</translation>
        </message>
        <message>
            <source>Add personas to record their emotion here.</source>
            <translation>Tambahkan persona untuk mencatat emosi mereka di sini.</translation>
        </message>
    </context>
    <context>
        <name>WindowFiles</name>
        <message>
            <source>journey</source>
            <translation>perjalanan</translation>
        </message>
        <message>
            <source>Could not open the example</source>
            <translation>Tidak dapat membuka contoh</translation>
        </message>
        <message>
            <source>Could not open the map</source>
            <translation>Tidak dapat membuka peta</translation>
        </message>
        <message>
            <source>Copy of {title}</source>
            <translation>Salinan {title}</translation>
        </message>
        <message>
            <source>Opened {name}</source>
            <translation>{name} dibuka</translation>
        </message>
        <message>
            <source>The file is read-only</source>
            <translation>Berkas ini hanya-baca</translation>
        </message>
        <message>
            <source>{error}

Your changes are still here.</source>
            <translation>{error}

Perubahan Anda masih ada di sini.</translation>
        </message>
        <message>
            <source>Could not save the map</source>
            <translation>Tidak dapat menyimpan peta</translation>
        </message>
        <message>
            <source>{error}

Your changes are still here; try another place or name.</source>
            <translation>{error}

Perubahan Anda masih ada di sini; coba lokasi atau nama lain.</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>{name} disimpan</translation>
        </message>
        <message>
            <source>No examples installed</source>
            <translation>Tidak ada contoh yang terpasang</translation>
        </message>
        <message>
            <source>No recent maps</source>
            <translation>Tidak ada peta terkini</translation>
        </message>
        <message>
            <source>Clear Menu</source>
            <translation>Bersihkan Menu</translation>
        </message>
        <message>
            <source>Could not recover the map</source>
            <translation>Tidak dapat memulihkan peta</translation>
        </message>
    </context>
    <context>
        <name>analysis</name>
        <message>
            <source>All customers</source>
            <translation>Semua pelanggan</translation>
        </message>
        <message>
            <source>open critical friction (severity 4) on {on}</source>
            <translation>hambatan kritis terbuka (tingkat keparahan 4) pada {on}</translation>
        </message>
        <message>
            <source>no opportunity (fix) recorded for this friction on {on}</source>
            <translation>tidak ada peluang (perbaikan) yang dicatat untuk hambatan ini pada {on}</translation>
        </message>
        <message>
            <source>touchpoint has no channel</source>
            <translation>titik sentuh tidak memiliki kanal</translation>
        </message>
        <message>
            <source>touchpoint has no owner</source>
            <translation>titik sentuh tidak memiliki pemilik</translation>
        </message>
        <message>
            <source>stage has no touchpoints</source>
            <translation>tahap tidak memiliki titik sentuh</translation>
        </message>
        <message>
            <source>no touchpoint concerns this persona</source>
            <translation>tidak ada titik sentuh yang menyangkut persona ini</translation>
        </message>
        <message>
            <source>volume unknown</source>
            <translation>volume tidak diketahui</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln pelanggan</numerusform>
            </translation>
        </message>
        <message>
            <source>on {share} of shortest routes</source>
            <translation>pada {share} rute terpendek</translation>
        </message>
        <message>
            <source>on ~{share} of shortest routes</source>
            <translation>pada ~{share} rute terpendek</translation>
        </message>
        <message>
            <source>no touchpoints concern this persona</source>
            <translation>tidak ada titik sentuh yang menyangkut persona ini</translation>
        </message>
        <message>
            <source>no links drawn for this persona yet: dead ends and reachability not checked</source>
            <translation>belum ada tautan yang digambar untuk persona ini: jalan buntu dan keterjangkauan tidak diperiksa</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open friction(s) (max severity {severity})</source>
            <translation>
                <numerusform>%Ln hambatan terbuka (tingkat keparahan maks. {severity})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln in progress friction(s) (max severity {severity})</source>
            <translation>
                <numerusform>%Ln hambatan sedang dikerjakan (tingkat keparahan maks. {severity})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln resolved</source>
            <translation>
                <numerusform>%Ln teratasi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s)</source>
            <translation>
                <numerusform>%Ln galat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warning(s)</source>
            <translation>
                <numerusform>%Ln peringatan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln catatan</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>penggunaan: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumen posisional</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opsi</translation>
        </message>
        <message>
            <source>optional arguments</source>
            <translation>argumen opsional</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>tampilkan pesan bantuan ini lalu keluar</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumen %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumen tidak dikenal: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>tidak diizinkan bersama argumen %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>argumen eksplisit %r diabaikan</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>argumen berikut wajib diisi: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>salah satu argumen %s wajib diisi</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>diharapkan satu argumen</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>diharapkan paling banyak satu argumen</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>diharapkan setidaknya satu argumen</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opsi ambigu: %(option)s dapat cocok dengan %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>string opsi tidak terduga: %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>nilai %(type)s tidak valid: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>pilihan tidak valid: %(value)r (pilih dari %(choices)s)</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>parser %(parser_name)r tidak dikenal (pilihan: %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>tidak dapat membuka '%(filename)s': %(error)s</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: galat: %(message)s
</translation>
        </message>
        <message>
            <source>expected %s argument(s)</source>
            <translation>diharapkan %s argumen</translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message>
            <source>Untitled</source>
            <translation>Tanpa judul</translation>
        </message>
        <message>
            <source>CSAT {value}%</source>
            <translation>CSAT {value}%</translation>
        </message>
        <message>
            <source>NPS {value}</source>
            <translation>NPS {value}</translation>
        </message>
        <message>
            <source>CES {value}</source>
            <translation>CES {value}</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>{prog}: error: {message}</source>
            <translation>{prog}: galat: {message}</translation>
        </message>
        <message>
            <source>JourneyDesk: customer journey maps you can analyse. With no command (or just a FILE), start the editor.</source>
            <translation>JourneyDesk: peta perjalanan pelanggan yang dapat Anda analisis. Tanpa perintah (atau hanya dengan FILE), penyunting akan dijalankan.</translation>
        </message>
        <message>
            <source>Run 'journeydesk COMMAND --help' for a command's options.</source>
            <translation>Jalankan 'journeydesk COMMAND --help' untuk melihat opsi suatu perintah.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>tampilkan versi lalu keluar</translation>
        </message>
        <message>
            <source>the language to speak: {codes} (default: as chosen in Preferences, else the system's)</source>
            <translation>bahasa yang digunakan: {codes} (bawaan: sesuai pilihan di Preferensi, atau bahasa sistem)</translation>
        </message>
        <message>
            <source>add JourneyDesk to this user's application menu and open .journey.json files with it (Linux; files go under $XDG_DATA_HOME)</source>
            <translation>tambahkan JourneyDesk ke menu aplikasi pengguna ini dan buka berkas .journey.json dengannya (Linux; berkas ditempatkan di $XDG_DATA_HOME)</translation>
        </message>
        <message>
            <source>remove what --install-desktop added</source>
            <translation>hapus apa yang ditambahkan oleh --install-desktop</translation>
        </message>
        <message>
            <source>--lang needs a language: {codes}</source>
            <translation>--lang memerlukan bahasa: {codes}</translation>
        </message>
        <message>
            <source>unknown language {code}; JourneyDesk speaks {codes}</source>
            <translation>bahasa {code} tidak dikenal; JourneyDesk mendukung {codes}</translation>
        </message>
        <message>
            <source>start the app with at most one FILE</source>
            <translation>jalankan aplikasi dengan paling banyak satu FILE</translation>
        </message>
        <message>
            <source>--install-desktop and --uninstall-desktop take no command</source>
            <translation>--install-desktop dan --uninstall-desktop tidak menerima perintah</translation>
        </message>
        <message>
            <source>journeydesk: error: {message}</source>
            <translation>journeydesk: galat: {message}</translation>
        </message>
        <message>
            <source>journeydesk {command}: error: {message}</source>
            <translation>journeydesk {command}: galat: {message}</translation>
        </message>
        <message>
            <source>journeydesk {command}: warning: {message}</source>
            <translation>journeydesk {command}: peringatan: {message}</translation>
        </message>
        <message>
            <source>{path}: JourneyDesk could not read this file ({what}); please report this</source>
            <translation>{path}: JourneyDesk tidak dapat membaca berkas ini ({what}); mohon laporkan masalah ini</translation>
        </message>
        <message>
            <source>{path}: JourneyDesk could not import this file ({what}); please report this</source>
            <translation>{path}: JourneyDesk tidak dapat mengimpor berkas ini ({what}); mohon laporkan masalah ini</translation>
        </message>
        <message>
            <source>no display to open a window on (DISPLAY is not set). Start JourneyDesk from a desktop session, or use the headless commands: journeydesk --help</source>
            <translation>tidak ada layar untuk membuka jendela (DISPLAY tidak diatur). Jalankan JourneyDesk dari sesi desktop, atau gunakan perintah tanpa antarmuka grafis: journeydesk --help</translation>
        </message>
        <message>
            <source>Qt needs system libraries that are missing; install them with: sudo apt-get install {packages}</source>
            <translation>Qt memerlukan pustaka sistem yang belum terpasang; pasang dengan: sudo apt-get install {packages}</translation>
        </message>
        <message>
            <source>journeydesk: cannot start the editor: {problem}</source>
            <translation>journeydesk: tidak dapat menjalankan penyunting: {problem}</translation>
        </message>
    </context>
    <context>
        <name>cli.analyze</name>
        <message>
            <source>Analyse a map: friction hotspots, persona paths (dead ends, unreachable touchpoints, loops), channel switches, a scorecard per stage, and lint. Prints a report, or JSON with --json.</source>
            <translation>Analisis peta: titik rawan hambatan, lintasan persona (jalan buntu, titik sentuh tak terjangkau, putaran), perpindahan kanal, kartu skor per tahap, dan lint. Mencetak laporan, atau JSON dengan --json.</translation>
        </message>
        <message>
            <source>Hotspot score = severity load x volume factor x centrality factor: severity summed over open (x1) and in-progress (x0.5) frictions; 1 + log10(1 + volume)/4 where volume is known; 1 + 2 x the share of shortest routes through the item. JSON keys: hotspots, paths, channel_switches, stages, lint. Exit status: 0 analysed, 1 the file could not be read, 2 wrong usage.</source>
            <translation>Skor titik rawan = beban keparahan x faktor volume x faktor sentralitas: jumlah tingkat keparahan hambatan yang terbuka (x1) dan sedang dikerjakan (x0.5); 1 + log10(1 + volume)/4 bila volume diketahui; 1 + 2 x porsi rute terpendek yang melewati butir tersebut. Kunci JSON: hotspots, paths, channel_switches, stages, lint. Status keluar: 0 berhasil dianalisis, 1 berkas tidak dapat dibaca, 2 penggunaan salah.</translation>
        </message>
        <message>
            <source>a map file (*.journey.json)</source>
            <translation>berkas peta (*.journey.json)</translation>
        </message>
        <message>
            <source>print JSON (every result, no limit) instead of a report</source>
            <translation>cetak JSON (semua hasil, tanpa batas) alih-alih laporan</translation>
        </message>
        <message>
            <source>in the report, list at most N entries per section (default 20; 0 lists all)</source>
            <translation>dalam laporan, cantumkan paling banyak N entri per bagian (bawaan 20; 0 mencantumkan semua)</translation>
        </message>
        <message>
            <source>must be a whole number (got {text})</source>
            <translation>harus berupa bilangan bulat (diberikan: {text})</translation>
        </message>
        <message>
            <source>must be 0 or more</source>
            <translation>harus 0 atau lebih</translation>
        </message>
        <message>
            <source>... and {count} more (--limit 0 lists all, --json gives everything)</source>
            <translation>... dan {count} lainnya (--limit 0 mencantumkan semua, --json memberikan semuanya)</translation>
        </message>
        <message>
            <source>... {count} more</source>
            <translation>... {count} lainnya</translation>
        </message>
        <message>
            <source>FRICTION HOTSPOTS ({count})</source>
            <translation>TITIK RAWAN HAMBATAN ({count})</translation>
        </message>
        <message>
            <source>no unresolved friction</source>
            <translation>tidak ada hambatan yang belum teratasi</translation>
        </message>
        <message>
            <source>score = severity load x volume factor x centrality factor (journeydesk analyze --help)</source>
            <translation>skor = beban keparahan x faktor volume x faktor sentralitas (journeydesk analyze --help)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Skor</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Butir</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>PERSONA PATHS</source>
            <translation>LINTASAN PERSONA</translation>
        </message>
        <message>
            <source>{touchpoints}, {links}</source>
            <translation>{touchpoints}, {links}</translation>
        </message>
        <message>
            <source>{count} in {stage}: {names}</source>
            <translation>{count} di {stage}: {names}</translation>
        </message>
        <message>
            <source>starts at</source>
            <translation>dimulai di</translation>
        </message>
        <message>
            <source>dead ends</source>
            <translation>jalan buntu</translation>
        </message>
        <message>
            <source>unreachable</source>
            <translation>tak terjangkau</translation>
        </message>
        <message>
            <source>loops</source>
            <translation>putaran</translation>
        </message>
        <message>
            <source>note: {note}</source>
            <translation>catatan: {note}</translation>
        </message>
        <message>
            <source>CHANNEL SWITCHES ({total}; {flagged} with friction)</source>
            <translation>PERPINDAHAN KANAL ({total}; {flagged} dengan hambatan)</translation>
        </message>
        <message>
            <source>Switches</source>
            <translation>Perpindahan</translation>
        </message>
        <message>
            <source>With friction</source>
            <translation>Dengan hambatan</translation>
        </message>
        <message>
            <source>Channel breaks</source>
            <translation>Keterputusan kanal</translation>
        </message>
        <message>
            <source>Switches with friction (channel breaks first):</source>
            <translation>Perpindahan dengan hambatan (keterputusan kanal lebih dulu):</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Ke</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>Hambatan</translation>
        </message>
        <message>
            <source>{count} (max severity {severity}); channel break</source>
            <translation>{count} (tingkat keparahan maks. {severity}); keterputusan kanal</translation>
        </message>
        <message>
            <source>{count} (max severity {severity})</source>
            <translation>{count} (tingkat keparahan maks. {severity})</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuh</translation>
        </message>
        <message>
            <source>Friction 4/3/2/1</source>
            <translation>Hambatan 4/3/2/1</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Teratasi</translation>
        </message>
        <message>
            <source>Moments of truth</source>
            <translation>Momen penentu</translation>
        </message>
        <message>
            <source>STAGE SCORECARD</source>
            <translation>KARTU SKOR TAHAP</translation>
        </message>
        <message>
            <source>Average emotion (-3..+3) per persona:</source>
            <translation>Emosi rata-rata (-3..+3) per persona:</translation>
        </message>
        <message>
            <source>nothing to report</source>
            <translation>tidak ada yang perlu dilaporkan</translation>
        </message>
        <message>
            <source>LINT ({summary})</source>
            <translation>LINT ({summary})</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Tingkat</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Aturan</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <source>Analysis of {title}</source>
            <translation>Analisis {title}</translation>
        </message>
    </context>
    <context>
        <name>cli.desktop</name>
        <message>
            <source>journeydesk: desktop integration is for Linux and other freedesktop systems; on Windows and macOS see packaging/README.md</source>
            <translation>journeydesk: integrasi desktop hanya untuk Linux dan sistem freedesktop lainnya; untuk Windows dan macOS, lihat packaging/README.md</translation>
        </message>
        <message>
            <source>journeydesk: {problem}</source>
            <translation>journeydesk: {problem}</translation>
        </message>
    </context>
    <context>
        <name>cli.diff</name>
        <message>
            <source>Compare two versions of a map by id: items added, removed and changed, field by field; cards moved or reordered; metric and emotion changes with their direction.</source>
            <translation>Bandingkan dua versi peta menurut id: butir yang ditambahkan, dihapus, dan diubah, per bidang; kartu yang dipindahkan atau diurutkan ulang; perubahan metrik dan emosi beserta arahnya.</translation>
        </message>
        <message>
            <source>The map's created and modified stamps are not compared. Exit status: 0 equal, 1 different, 2 a file could not be read (or wrong usage).</source>
            <translation>Cap waktu pembuatan dan perubahan peta tidak dibandingkan. Status keluar: 0 sama, 1 berbeda, 2 ada berkas yang tidak dapat dibaca (atau penggunaan salah).</translation>
        </message>
        <message>
            <source>the earlier map</source>
            <translation>peta yang lebih awal</translation>
        </message>
        <message>
            <source>the later map</source>
            <translation>peta yang lebih baru</translation>
        </message>
        <message>
            <source>print JSON instead of a report</source>
            <translation>cetak JSON alih-alih laporan</translation>
        </message>
    </context>
    <context>
        <name>cli.export</name>
        <message>
            <source>unknown page size {size} (choose {sizes})</source>
            <translation>ukuran halaman {size} tidak dikenal (pilih {sizes})</translation>
        </message>
        <message>
            <source>{path}: CSV, {rows}</source>
            <translation>{path}: CSV, {rows}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s)</source>
            <translation>
                <numerusform>%Ln titik sentuh</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: {format} export needs Qt, which cannot be loaded here: {error}</source>
            <translation>{path}: ekspor {format} memerlukan Qt, yang tidak dapat dimuat di sini: {error}</translation>
        </message>
        <message>
            <source>{path}: PNG, {width} x {height} pixels</source>
            <translation>{path}: PNG, {width} x {height} piksel</translation>
        </message>
        <message>
            <source>{path}: SVG, {width} x {height}</source>
            <translation>{path}: SVG, {width} x {height}</translation>
        </message>
        <message>
            <source>Export a map as PDF, PNG, SVG or CSV (the format comes from the output file's extension), or as a slide deck (PDF, --slides); the export speaks the map's language.</source>
            <translation>Ekspor peta sebagai PDF, PNG, SVG, atau CSV (format ditentukan dari ekstensi berkas keluaran), atau sebagai set slide (PDF, --slides); ekspor menggunakan bahasa peta.</translation>
        </message>
    </context>
    <context>
        <name>cli.fmt</name>
        <message>
            <source>Rewrite map files in canonical form (stable order, 2-space indent) so they diff cleanly.</source>
            <translation>Tulis ulang berkas peta dalam bentuk kanonis (urutan stabil, indentasi 2 spasi) agar diff-nya bersih.</translation>
        </message>
        <message>
            <source>map files to format</source>
            <translation>berkas peta yang akan diformat</translation>
        </message>
        <message>
            <source>change nothing; exit 1 if any file is not in canonical form</source>
            <translation>jangan ubah apa pun; keluar dengan status 1 jika ada berkas yang tidak dalam bentuk kanonis</translation>
        </message>
        <message>
            <source>{path}: cannot be read: {reason}</source>
            <translation>{path}: tidak dapat dibaca: {reason}</translation>
        </message>
        <message>
            <source>{path}: not in canonical form (run: journeydesk fmt {path})</source>
            <translation>{path}: tidak dalam bentuk kanonis (jalankan: journeydesk fmt {path})</translation>
        </message>
        <message>
            <source>{path}: formatted</source>
            <translation>{path}: diformat</translation>
        </message>
    </context>
    <context>
        <name>cli.import</name>
        <message>
            <source>Import a spreadsheet (CSV or .xlsx) of touchpoints, or a grid of stages and lanes, as a map.</source>
            <translation>Impor lembar kerja (CSV atau .xlsx) berisi titik sentuh, atau kisi tahap dan jalur, sebagai peta.</translation>
        </message>
        <message>
            <source>Shapes: 'long' has one touchpoint per row and a header row naming the fields (in English, Indonesian or Malay: stage/tahap/peringkat, channel/saluran, owner/pemilik, friction/hambatan...); 'grid' has stages across the first row, lanes down the first column and card texts in the cells (several cards in a cell separated by blank lines or bullets). Fields for --map: {fields}, or emotion:PERSONA. Exit status: 0 imported, 1 the file has problems, 2 wrong usage.</source>
            <translation>Bentuk: 'long' berisi satu titik sentuh per baris dan baris tajuk yang menamai bidang-bidangnya (dalam bahasa Inggris, Indonesia, atau Melayu: stage/tahap/peringkat, channel/saluran, owner/pemilik, friction/hambatan...); 'grid' berisi tahap di sepanjang baris pertama, jalur menurun di kolom pertama, dan teks kartu di sel-selnya (beberapa kartu dalam satu sel dipisahkan baris kosong atau butir daftar). Bidang untuk --map: {fields}, atau emotion:PERSONA. Status keluar: 0 berhasil diimpor, 1 berkas bermasalah, 2 penggunaan salah.</translation>
        </message>
        <message>
            <source>must be COLUMN=FIELD, e.g. Fase=stage (got {text})</source>
            <translation>harus berbentuk COLUMN=FIELD, mis. Fase=stage (diberikan: {text})</translation>
        </message>
        <message>
            <source>a .csv or .xlsx file</source>
            <translation>berkas .csv atau .xlsx</translation>
        </message>
        <message>
            <source>the map to write (*.journey.json)</source>
            <translation>peta yang akan ditulis (*.journey.json)</translation>
        </message>
        <message>
            <source>.xlsx: the sheet to read (default: the first)</source>
            <translation>.xlsx: lembar yang dibaca (bawaan: lembar pertama)</translation>
        </message>
        <message>
            <source>read column COLUMN (its header, or a letter) as FIELD; repeatable</source>
            <translation>baca kolom COLUMN (tajuknya, atau hurufnya) sebagai FIELD; dapat diulang</translation>
        </message>
        <message>
            <source>default: auto-detect</source>
            <translation>bawaan: deteksi otomatis</translation>
        </message>
        <message>
            <source>import the good rows even if some rows are bad</source>
            <translation>impor baris yang baik meskipun ada baris yang buruk</translation>
        </message>
        <message>
            <source>the map's title (default: the file's name)</source>
            <translation>judul peta (bawaan: nama berkas)</translation>
        </message>
        <message>
            <source>the map's language tag, e.g. en, id, ms</source>
            <translation>tag bahasa peta, mis. en, id, ms</translation>
        </message>
        <message>
            <source>overwrite OUT if it exists</source>
            <translation>timpa OUT jika sudah ada</translation>
        </message>
        <message>
            <source>{out}: already exists (use --force to overwrite it)</source>
            <translation>{out}: sudah ada (gunakan --force untuk menimpanya)</translation>
        </message>
        <message>
            <source>{file}: nothing to import (no rows under the header)</source>
            <translation>{file}: tidak ada yang dapat diimpor (tidak ada baris di bawah tajuk)</translation>
        </message>
        <message>
            <source>{file}: column {column} not imported (name its field with --map)</source>
            <translation>{file}: kolom {column} tidak diimpor (tentukan bidangnya dengan --map)</translation>
        </message>
        <message>
            <source>long form</source>
            <translation>bentuk panjang</translation>
        </message>
        <message>
            <source>grid</source>
            <translation>kisi</translation>
        </message>
        <message>
            <source>{delimiter}-separated</source>
            <translation>dipisah {delimiter}</translation>
        </message>
        <message>
            <source>sheet {sheet}</source>
            <translation>lembar {sheet}</translation>
        </message>
        <message>
            <source>{file}: imported {items} ({how}) -&gt; {out}</source>
            <translation>{file}: diimpor {items} ({how}) -&gt; {out}</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %Ln bad row(s); nothing imported (--skip-bad imports the other rows)</source>
            <translation>
                <numerusform>{file}: %Ln baris buruk; tidak ada yang diimpor (--skip-bad mengimpor baris lainnya)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s)</source>
            <translation>
                <numerusform>%Ln titik sentuh</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln stage(s)</source>
            <translation>
                <numerusform>%Ln tahap</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lane(s)</source>
            <translation>
                <numerusform>%Ln jalur</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln channel(s)</source>
            <translation>
                <numerusform>%Ln kanal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln persona(s)</source>
            <translation>
                <numerusform>%Ln persona</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln friction(s)</source>
            <translation>
                <numerusform>%Ln hambatan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln bad row(s) skipped</source>
            <translation>
                <numerusform>%Ln baris buruk dilewati</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli.info</name>
        <message>
            <source>Print a short summary of a map: personas, stages, lanes, touchpoints, links, frictions.</source>
            <translation>Cetak ringkasan singkat peta: persona, tahap, jalur, titik sentuh, tautan, hambatan.</translation>
        </message>
        <message>
            <source>a map file</source>
            <translation>berkas peta</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <source>severity {severity}: {count}</source>
            <translation>tingkat keparahan {severity}: {count}</translation>
        </message>
        <message>
            <source>personas</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>stages</source>
            <translation>tahap</translation>
        </message>
        <message>
            <source>lanes</source>
            <translation>jalur</translation>
        </message>
        <message>
            <source>channels</source>
            <translation>kanal</translation>
        </message>
        <message>
            <source>touchpoints</source>
            <translation>titik sentuh</translation>
        </message>
        <message>
            <source>links</source>
            <translation>tautan</translation>
        </message>
        <message>
            <source>frictions</source>
            <translation>hambatan</translation>
        </message>
        <message>
            <source>({open} not resolved; {severities})</source>
            <translation>({open} belum teratasi; {severities})</translation>
        </message>
    </context>
    <context>
        <name>cli.join</name>
        <message>
            <source>Save a copy of the map of a live session (ws://HOST:PORT/journeydesk?token=CODE).</source>
            <translation>Simpan salinan peta dari sesi langsung (ws://HOST:PORT/journeydesk?token=CODE).</translation>
        </message>
        <message>
            <source>the join URL the host printed or showed</source>
            <translation>URL gabung yang dicetak atau ditampilkan tuan rumah</translation>
        </message>
        <message>
            <source>where to save it</source>
            <translation>lokasi penyimpanannya</translation>
        </message>
        <message>
            <source>replace FILE if it exists</source>
            <translation>ganti FILE jika sudah ada</translation>
        </message>
        <message>
            <source>seconds to wait (20)</source>
            <translation>lama menunggu dalam detik (20)</translation>
        </message>
        <message>
            <source>journeydesk join: {url}: not a ws:// URL</source>
            <translation>journeydesk join: {url}: bukan URL ws://</translation>
        </message>
        <message>
            <source>journeydesk join: {path} exists (use --force to replace it)</source>
            <translation>journeydesk join: {path} sudah ada (gunakan --force untuk menggantinya)</translation>
        </message>
        <message>
            <source>no answer from the host in time</source>
            <translation>tuan rumah tidak menjawab tepat waktu</translation>
        </message>
        <message>
            <source>journeydesk join: {url}: {why}</source>
            <translation>journeydesk join: {url}: {why}</translation>
        </message>
        <message>
            <source>{path}: saved</source>
            <translation>{path}: disimpan</translation>
        </message>
    </context>
    <context>
        <name>cli.merge</name>
        <message>
            <source>Merge two edited copies of a map with their common ancestor, by id and field; conflicts are listed by item and field.</source>
            <translation>Gabungkan dua salinan peta yang telah disunting dengan leluhur bersamanya, menurut id dan bidang; konflik dicantumkan per butir dan bidang.</translation>
        </message>
        <message>
            <source>As a git merge driver: in .gitattributes '*.journey.json merge=journeydesk'; then git config merge.journeydesk.driver 'journeydesk merge %O %A %B -o %A --name %P'. Exit status: 0 merged, 1 conflicts left as the OURS value, 2 a file could not be read.</source>
            <translation>Sebagai driver merge git: di .gitattributes '*.journey.json merge=journeydesk'; lalu git config merge.journeydesk.driver 'journeydesk merge %O %A %B -o %A --name %P'. Status keluar: 0 berhasil digabung, 1 konflik dibiarkan dengan nilai OURS, 2 ada berkas yang tidak dapat dibaca.</translation>
        </message>
        <message>
            <source>the common ancestor</source>
            <translation>leluhur bersama</translation>
        </message>
        <message>
            <source>our edited copy</source>
            <translation>salinan suntingan kita</translation>
        </message>
        <message>
            <source>their edited copy</source>
            <translation>salinan suntingan mereka</translation>
        </message>
        <message>
            <source>where to write the merge</source>
            <translation>lokasi untuk menulis hasil penggabungan</translation>
        </message>
        <message>
            <source>settle conflicts with our value</source>
            <translation>selesaikan konflik dengan nilai kita</translation>
        </message>
        <message>
            <source>settle conflicts with their value</source>
            <translation>selesaikan konflik dengan nilai mereka</translation>
        </message>
        <message>
            <source>the file's name in messages (git: %%P)</source>
            <translation>nama berkas dalam pesan (git: %%P)</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %Ln conflict(s), left as our value; check them and save again</source>
            <translation>
                <numerusform>{name}: %Ln konflik, dibiarkan dengan nilai kita (ours); periksa lalu simpan lagi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli.new</name>
        <message>
            <source>Start a new map from a template (journeydesk new --list names them).</source>
            <translation>Mulai peta baru dari templat (journeydesk new --list menampilkan namanya).</translation>
        </message>
        <message>
            <source>the template to start from</source>
            <translation>templat awal</translation>
        </message>
        <message>
            <source>the map to write (*.journey.json)</source>
            <translation>peta yang akan ditulis (*.journey.json)</translation>
        </message>
        <message>
            <source>list the templates and exit</source>
            <translation>tampilkan daftar templat lalu keluar</translation>
        </message>
        <message>
            <source>overwrite FILE if it exists</source>
            <translation>timpa FILE jika sudah ada</translation>
        </message>
        <message>
            <source>give --template NAME and -o FILE (or --list)</source>
            <translation>berikan --template NAME dan -o FILE (atau --list)</translation>
        </message>
        <message>
            <source>{out}: already exists (use --force to overwrite it)</source>
            <translation>{out}: sudah ada (gunakan --force untuk menimpanya)</translation>
        </message>
        <message>
            <source>{out}: new map from the template {name}</source>
            <translation>{out}: peta baru dari templat {name}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln stage(s)</source>
            <translation>
                <numerusform>%Ln tahap</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln kartu</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli.schema</name>
        <message>
            <source>Print the JSON Schema of the map file format.</source>
            <translation>Cetak JSON Schema format berkas peta.</translation>
        </message>
    </context>
    <context>
        <name>cli.serve</name>
        <message>
            <source>Host a live workshop session on the local network: participants join with the printed URL (or its code) and edit the map together; the map is saved as they go.</source>
            <translation>Selenggarakan sesi lokakarya langsung di jaringan lokal: peserta bergabung dengan URL yang dicetak (atau kodenya) dan menyunting peta bersama; peta disimpan seiring perubahan.</translation>
        </message>
        <message>
            <source>the map to share (saved in place)</source>
            <translation>peta yang akan dibagikan (disimpan di tempat)</translation>
        </message>
        <message>
            <source>address to listen on (default: all)</source>
            <translation>alamat untuk mendengarkan (bawaan: semua)</translation>
        </message>
        <message>
            <source>port (default 8765; 0: any)</source>
            <translation>port (bawaan 8765; 0: sembarang)</translation>
        </message>
        <message>
            <source>the join code to use (default: a new random one)</source>
            <translation>kode gabung yang digunakan (bawaan: kode acak baru)</translation>
        </message>
        <message>
            <source>participants may look but not edit</source>
            <translation>peserta boleh melihat tetapi tidak menyunting</translation>
        </message>
        <message>
            <source>announce the session on the network (mDNS)</source>
            <translation>umumkan sesi di jaringan (mDNS)</translation>
        </message>
        <message>
            <source>journeydesk serve: a join code needs at least 6 letters or digits</source>
            <translation>journeydesk serve: kode gabung memerlukan setidaknya 6 huruf atau angka</translation>
        </message>
        <message>
            <source>journeydesk serve: cannot listen on {host}:{port}: {why}</source>
            <translation>journeydesk serve: tidak dapat mendengarkan di {host}:{port}: {why}</translation>
        </message>
        <message>
            <source>Join code {code} · {title} · Ctrl+C ends the session</source>
            <translation>Kode gabung {code} · {title} · Ctrl+C mengakhiri sesi</translation>
        </message>
        <message>
            <source>Session ended; {path} saved</source>
            <translation>Sesi berakhir; {path} disimpan</translation>
        </message>
    </context>
    <context>
        <name>cli.validate</name>
        <message>
            <source>Check map files; print one line per problem as FILE: PLACE: what is wrong.</source>
            <translation>Periksa berkas peta; cetak satu baris per masalah dalam bentuk FILE: PLACE: apa yang salah.</translation>
        </message>
        <message>
            <source>map files (*.journey.json)</source>
            <translation>berkas peta (*.journey.json)</translation>
        </message>
        <message>
            <source>print problems only, not 'ok' lines</source>
            <translation>cetak masalah saja, tanpa baris 'ok'</translation>
        </message>
        <message>
            <source>{path}: ok</source>
            <translation>{path}: ok</translation>
        </message>
    </context>
    <context>
        <name>counts</name>
        <message numerus="yes">
            <source>%Ln stage(s)</source>
            <translation>
                <numerusform>%Ln tahap</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lane(s)</source>
            <translation>
                <numerusform>%Ln jalur</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s)</source>
            <translation>
                <numerusform>%Ln titik sentuh</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln link(s)</source>
            <translation>
                <numerusform>%Ln tautan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln friction(s)</source>
            <translation>
                <numerusform>%Ln hambatan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln persona(s)</source>
            <translation>
                <numerusform>%Ln persona</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln channel(s)</source>
            <translation>
                <numerusform>%Ln kanal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln butir</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>csv.header</name>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>title</source>
            <translation>judul</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>tahap</translation>
        </message>
        <message>
            <source>lane</source>
            <translation>jalur</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>kanal</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>pemilik</translation>
        </message>
        <message>
            <source>personas</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>bukti</translation>
        </message>
        <message>
            <source>moment_of_truth</source>
            <translation>momen_penentu</translation>
        </message>
        <message>
            <source>csat</source>
            <translation>csat</translation>
        </message>
        <message>
            <source>nps</source>
            <translation>nps</translation>
        </message>
        <message>
            <source>ces</source>
            <translation>ces</translation>
        </message>
        <message>
            <source>volume</source>
            <translation>volume</translation>
        </message>
        <message>
            <source>conversion</source>
            <translation>konversi</translation>
        </message>
        <message>
            <source>frictions</source>
            <translation>jumlah_hambatan</translation>
        </message>
        <message>
            <source>open_frictions</source>
            <translation>hambatan_terbuka</translation>
        </message>
        <message>
            <source>highest_severity</source>
            <translation>keparahan_tertinggi</translation>
        </message>
        <message>
            <source>description</source>
            <translation>deskripsi</translation>
        </message>
        <message>
            <source>emotion: {persona}</source>
            <translation>emosi: {persona}</translation>
        </message>
    </context>
    <context>
        <name>diff</name>
        <message>
            <source>Personas</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Jalur</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuh</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Tautan</translation>
        </message>
        <message>
            <source>Frictions</source>
            <translation>Hambatan</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <source>{friction} on {target}</source>
            <translation>{friction} pada {target}</translation>
        </message>
        <message>
            <source>emotion ({persona})</source>
            <translation>emosi ({persona})</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(kosong)</translation>
        </message>
        <message>
            <source>(up {by})</source>
            <translation>(naik {by})</translation>
        </message>
        <message>
            <source>(down {by})</source>
            <translation>(turun {by})</translation>
        </message>
        <message>
            <source>position: {old} -&gt; {new}</source>
            <translation>posisi: {old} -&gt; {new}</translation>
        </message>
        <message>
            <source>moved: {old} -&gt; {new}</source>
            <translation>dipindahkan: {old} -&gt; {new}</translation>
        </message>
        <message>
            <source>{n} added</source>
            <translation>{n} ditambahkan</translation>
        </message>
        <message>
            <source>{n} removed</source>
            <translation>{n} dihapus</translation>
        </message>
        <message>
            <source>{n} changed</source>
            <translation>{n} diubah</translation>
        </message>
        <message>
            <source>{n} moved</source>
            <translation>{n} dipindahkan</translation>
        </message>
        <message>
            <source>{n} reordered</source>
            <translation>{n} diurutkan ulang</translation>
        </message>
        <message>
            <source>{old} and {new}: no differences</source>
            <translation>{old} dan {new}: tidak ada perbedaan</translation>
        </message>
        <message numerus="yes">
            <source>{old} -&gt; {new}: %Ln item(s) differ</source>
            <translation>
                <numerusform>{old} -&gt; {new}: %Ln butir berbeda</numerusform>
            </translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Peta</translation>
        </message>
    </context>
    <context>
        <name>emotion</name>
        <message>
            <source>very negative</source>
            <translation>sangat negatif</translation>
        </message>
        <message>
            <source>negative</source>
            <translation>negatif</translation>
        </message>
        <message>
            <source>a little negative</source>
            <translation>sedikit negatif</translation>
        </message>
        <message>
            <source>neutral</source>
            <translation>netral</translation>
        </message>
        <message>
            <source>a little positive</source>
            <translation>sedikit positif</translation>
        </message>
        <message>
            <source>positive</source>
            <translation>positif</translation>
        </message>
        <message>
            <source>delighted</source>
            <translation>sangat senang</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>{path}: cannot tell the format from the extension {extension} (use {known})</source>
            <translation>{path}: format tidak dapat ditentukan dari ekstensi {extension} (gunakan {known})</translation>
        </message>
        <message>
            <source>{path}: cannot tell the format without an extension (use {known})</source>
            <translation>{path}: format tidak dapat ditentukan tanpa ekstensi (gunakan {known})</translation>
        </message>
        <message>
            <source>no persona with id {id} in this map (it has no personas)</source>
            <translation>tidak ada persona dengan id {id} di peta ini (peta ini tidak memiliki persona)</translation>
        </message>
        <message>
            <source>no persona with id {id} in this map (personas: {names})</source>
            <translation>tidak ada persona dengan id {id} di peta ini (persona: {names})</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>diska penuh</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>kuota diska sudah habis</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>izin ditolak</translation>
        </message>
        <message>
            <source>the folder is on a read-only disk</source>
            <translation>folder berada di diska hanya-baca</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>folder tidak ada</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>ini adalah folder</translation>
        </message>
        <message>
            <source>the file name is too long</source>
            <translation>nama berkas terlalu panjang</translation>
        </message>
        <message>
            <source>{path}: cannot write the export: {why}</source>
            <translation>{path}: tidak dapat menulis hasil ekspor: {why}</translation>
        </message>
        <message>
            <source>it is not a regular file (a device or a pipe?)</source>
            <translation>ini bukan berkas biasa (perangkat atau pipa?)</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>folder {folder} tidak ada</translation>
        </message>
        <message>
            <source>the folder {folder} is not writable</source>
            <translation>folder {folder} tidak dapat ditulisi</translation>
        </message>
        <message>
            <source>no file can be created there</source>
            <translation>tidak ada berkas yang dapat dibuat di sana</translation>
        </message>
        <message>
            <source>{path}: cannot write the export in {folder}: {why}</source>
            <translation>{path}: tidak dapat menulis hasil ekspor di {folder}: {why}</translation>
        </message>
        <message>
            <source>{path}: the export could not be written: {why}</source>
            <translation>{path}: hasil ekspor tidak dapat ditulis: {why}</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <source>{field} is not a field (fields: {fields}, or emotion:PERSONA)</source>
            <translation>{field} bukan bidang (bidang: {fields}, atau emotion:PERSONA)</translation>
        </message>
        <message>
            <source>there is no column {column} (the columns are: {columns})</source>
            <translation>tidak ada kolom {column} (kolom yang ada: {columns})</translation>
        </message>
        <message>
            <source>is empty: there are no rows to import</source>
            <translation>kosong: tidak ada baris untuk diimpor</translation>
        </message>
        <message>
            <source>Imported journey</source>
            <translation>Perjalanan yang diimpor</translation>
        </message>
        <message>
            <source>has too few rows or columns to be a grid of stages and lanes</source>
            <translation>memiliki terlalu sedikit baris atau kolom untuk menjadi kisi tahap dan jalur</translation>
        </message>
        <message>
            <source>no column holds the touchpoint titles (the header row has: {columns}); name it with --map COLUMN=title</source>
            <translation>tidak ada kolom yang berisi judul titik sentuh (baris tajuk berisi: {columns}); tentukan dengan --map COLUMN=title</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <source>holds cards but has no stage name above it</source>
            <translation>berisi kartu tetapi tidak ada nama tahap di atasnya</translation>
        </message>
        <message>
            <source>holds cards but its row has no lane name</source>
            <translation>berisi kartu tetapi barisnya tidak memiliki nama jalur</translation>
        </message>
        <message>
            <source>column {column}: {problem}</source>
            <translation>kolom {column}: {problem}</translation>
        </message>
        <message>
            <source>emotion {problem}</source>
            <translation>emosi {problem}</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>Perjalanan</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuh</translation>
        </message>
        <message>
            <source>the touchpoint has no title</source>
            <translation>titik sentuh tidak memiliki judul</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>baris {row}</translation>
        </message>
        <message>
            <source>cell {cell}</source>
            <translation>sel {cell}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>baris {line}</translation>
        </message>
        <message>
            <source>is a folder, not a spreadsheet</source>
            <translation>adalah folder, bukan lembar kerja</translation>
        </message>
        <message>
            <source>is not a regular file (a pipe or a device?)</source>
            <translation>bukan berkas biasa (pipa atau perangkat?)</translation>
        </message>
        <message>
            <source>is {size} MB; a spreadsheet to import may be at most {limit} MB</source>
            <translation>berukuran {size} MB; lembar kerja yang diimpor paling besar {limit} MB</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>berkas tidak ada</translation>
        </message>
        <message>
            <source>you do not have permission to read this file</source>
            <translation>Anda tidak memiliki izin untuk membaca berkas ini</translation>
        </message>
        <message>
            <source>cannot be read: {why}</source>
            <translation>tidak dapat dibaca: {why}</translation>
        </message>
        <message>
            <source>is a CSV file, which has no sheets (--sheet is for .xlsx)</source>
            <translation>adalah berkas CSV, yang tidak memiliki lembar (--sheet hanya untuk .xlsx)</translation>
        </message>
        <message>
            <source>is an Excel 97-2003 (.xls) workbook or a password-protected one; save it as .xlsx or CSV and import that</source>
            <translation>adalah buku kerja Excel 97-2003 (.xls) atau buku kerja yang dilindungi kata sandi; simpan sebagai .xlsx atau CSV, lalu impor berkas itu</translation>
        </message>
        <message>
            <source>is a PDF document, not a spreadsheet</source>
            <translation>adalah dokumen PDF, bukan lembar kerja</translation>
        </message>
        <message>
            <source>is a PNG image, not a spreadsheet</source>
            <translation>adalah gambar PNG, bukan lembar kerja</translation>
        </message>
        <message>
            <source>is a JPEG image, not a spreadsheet</source>
            <translation>adalah gambar JPEG, bukan lembar kerja</translation>
        </message>
        <message>
            <source>is already a JourneyDesk map; open it instead of importing it</source>
            <translation>sudah berupa peta JourneyDesk; buka saja, tidak perlu diimpor</translation>
        </message>
        <message>
            <source>is not valid {encoding} text although it starts with a {encoding} mark</source>
            <translation>bukan teks {encoding} yang valid, walaupun diawali tanda {encoding}</translation>
        </message>
        <message>
            <source>looks like binary data, not a spreadsheet (import reads CSV or .xlsx files)</source>
            <translation>tampaknya berisi data biner, bukan lembar kerja (impor membaca berkas CSV atau .xlsx)</translation>
        </message>
        <message>
            <source>has more than {n} rows, more than a map can hold</source>
            <translation>memiliki lebih dari {n} baris, melebihi daya tampung peta</translation>
        </message>
        <message>
            <source>cannot be read as CSV: {why}</source>
            <translation>tidak dapat dibaca sebagai CSV: {why}</translation>
        </message>
        <message>
            <source>a quoted cell that starts on this line is never closed (a missing ")</source>
            <translation>sel berpetik yang dimulai di baris ini tidak pernah ditutup (kurang ")</translation>
        </message>
        <message>
            <source>{text} is not a number</source>
            <translation>{text} bukan angka</translation>
        </message>
        <message>
            <source>{text} is not an emotion (a number from -3 to +3, or a word such as happy or kecewa)</source>
            <translation>{text} bukan emosi (angka dari -3 hingga +3, atau kata seperti senang atau kecewa)</translation>
        </message>
        <message>
            <source>{text} is not a whole number from -3 to +3</source>
            <translation>{text} bukan bilangan bulat dari -3 hingga +3</translation>
        </message>
        <message>
            <source>{text} is not yes or no</source>
            <translation>{text} bukan ya atau tidak</translation>
        </message>
        <message>
            <source>{text} is not an evidence status ({options})</source>
            <translation>{text} bukan status bukti ({options})</translation>
        </message>
        <message>
            <source>{text} is not a friction status ({options})</source>
            <translation>{text} bukan status hambatan ({options})</translation>
        </message>
        <message>
            <source>{text} is not a severity (1 to 4, or minor, moderate, major, critical)</source>
            <translation>{text} bukan tingkat keparahan (1 hingga 4, atau ringan, sedang, berat, kritis)</translation>
        </message>
        <message>
            <source>{text} is not a whole number</source>
            <translation>{text} bukan bilangan bulat</translation>
        </message>
        <message>
            <source>is not a readable .xlsx workbook (damaged, or another kind of zip file)</source>
            <translation>bukan buku kerja .xlsx yang dapat dibaca (rusak, atau jenis berkas zip lain)</translation>
        </message>
        <message>
            <source>is a zip file but not an .xlsx workbook (no xl/workbook.xml in it)</source>
            <translation>adalah berkas zip tetapi bukan buku kerja .xlsx (tidak ada xl/workbook.xml di dalamnya)</translation>
        </message>
        <message>
            <source>unpacks to more data than a spreadsheet to import may hold</source>
            <translation>jika dibongkar, datanya melebihi batas lembar kerja yang dapat diimpor</translation>
        </message>
        <message>
            <source>has no worksheet with cells</source>
            <translation>tidak memiliki lembar kerja yang berisi sel</translation>
        </message>
        <message>
            <source>has no sheet named {name} (its sheets: {sheets})</source>
            <translation>tidak memiliki lembar bernama {name} (lembar yang ada: {sheets})</translation>
        </message>
        <message>
            <source>has far more rows than a map can hold</source>
            <translation>memiliki baris jauh lebih banyak daripada daya tampung peta</translation>
        </message>
    </context>
    <context>
        <name>io.file_state</name>
        <message>
            <source>stages</source>
            <translation>tahap</translation>
        </message>
        <message>
            <source>lanes</source>
            <translation>jalur</translation>
        </message>
        <message>
            <source>personas</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>touchpoints</source>
            <translation>titik sentuh</translation>
        </message>
        <message>
            <source>links</source>
            <translation>tautan</translation>
        </message>
        <message>
            <source>frictions</source>
            <translation>hambatan</translation>
        </message>
        <message>
            <source>{what}: {here} here, {disk} on disk</source>
            <translation>{what}: {here} di sini, {disk} di diska</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s) edited differently</source>
            <translation>
                <numerusform>%Ln butir disunting secara berbeda</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>io.fragment</name>
        <message>
            <source>not a JourneyDesk fragment: {error}</source>
            <translation>bukan fragmen JourneyDesk: {error}</translation>
        </message>
        <message>
            <source>not a JourneyDesk fragment (expected "format": "journeydesk-fragment")</source>
            <translation>bukan fragmen JourneyDesk (seharusnya "format": "journeydesk-fragment")</translation>
        </message>
        <message>
            <source>the items were copied from a newer JourneyDesk (fragment version {version}; this one reads version {current})</source>
            <translation>butir-butir ini disalin dari JourneyDesk yang lebih baru (fragmen versi {version}; versi ini membaca versi {current})</translation>
        </message>
        <message>
            <source>fragment version {version} is not one this JourneyDesk reads</source>
            <translation>fragmen versi {version} tidak dapat dibaca oleh JourneyDesk ini</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuh</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Jalur</translation>
        </message>
    </context>
    <context>
        <name>io.load</name>
        <message>
            <source>is empty; a map file holds a JSON object {...}</source>
            <translation>kosong; berkas peta berisi objek JSON {...}</translation>
        </message>
        <message>
            <source>Reading the map</source>
            <translation>Membaca peta</translation>
        </message>
        <message>
            <source>Checking the map</source>
            <translation>Memeriksa peta</translation>
        </message>
        <message>
            <source>does not hold a journey map (expected an object {...} at the top)</source>
            <translation>tidak berisi peta perjalanan (seharusnya objek {...} di tingkat teratas)</translation>
        </message>
        <message>
            <source>Building the map</source>
            <translation>Membangun peta</translation>
        </message>
        <message>
            <source>is not a JourneyDesk map (expected "format": "journeydesk")</source>
            <translation>bukan peta JourneyDesk (seharusnya "format": "journeydesk")</translation>
        </message>
        <message>
            <source>is missing (a map file starts with "format_version": 1)</source>
            <translation>tidak ada (berkas peta diawali dengan "format_version": 1)</translation>
        </message>
        <message>
            <source>must be a whole number of 1 or more</source>
            <translation>harus berupa bilangan bulat 1 atau lebih</translation>
        </message>
        <message>
            <source>the file is format version {version}, made by a newer JourneyDesk; this version reads format version {current} and older</source>
            <translation>berkas ini berformat versi {version}, dibuat oleh JourneyDesk yang lebih baru; versi ini membaca format versi {current} dan yang lebih lama</translation>
        </message>
        <message>
            <source>no migration from format version {version} to {next}</source>
            <translation>tidak ada migrasi dari format versi {version} ke {next}</translation>
        </message>
        <message>
            <source>could not upgrade the file from format version {version}: {error}</source>
            <translation>tidak dapat meningkatkan berkas dari format versi {version}: {error}</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <source>{size} ({bytes} bytes)</source>
            <translation>{size} ({bytes} bita)</translation>
        </message>
        <message>
            <source>is larger than {limit}, the most a map file may be</source>
            <translation>lebih besar dari {limit}, ukuran maksimum berkas peta</translation>
        </message>
        <message>
            <source>{bytes} bytes</source>
            <translation>{bytes} bita</translation>
        </message>
        <message>
            <source>is {size}; a map file may be at most {limit}</source>
            <translation>berukuran {size}; berkas peta paling besar {limit}</translation>
        </message>
        <message>
            <source>is a folder, not a map file</source>
            <translation>adalah folder, bukan berkas peta</translation>
        </message>
        <message>
            <source>is not a regular file (a pipe or a device?)</source>
            <translation>bukan berkas biasa (pipa atau perangkat?)</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>Membaca berkas</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>berkas tidak ada</translation>
        </message>
        <message>
            <source>you do not have permission to read this file</source>
            <translation>Anda tidak memiliki izin untuk membaca berkas ini</translation>
        </message>
        <message>
            <source>cannot be read: {reason}</source>
            <translation>tidak dapat dibaca: {reason}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>line {line}, column {column}</source>
            <translation>baris {line}, kolom {column}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>baris {line}</translation>
        </message>
        <message>
            <source>holds more than {limit} objects and lists; a journey map of this size has far fewer (it is not a map, or it was damaged)</source>
            <translation>berisi lebih dari {limit} objek dan daftar; peta perjalanan sebesar ini berisi jauh lebih sedikit (berkas ini bukan peta, atau sudah rusak)</translation>
        </message>
        <message>
            <source>holds more than {limit} keys; a journey map of this size has far fewer</source>
            <translation>berisi lebih dari {limit} kunci; peta perjalanan sebesar ini berisi jauh lebih sedikit</translation>
        </message>
        <message>
            <source>is nested more than {depth} levels deep; a journey map nests only a few</source>
            <translation>bersarang lebih dari {depth} tingkat; peta perjalanan hanya bersarang beberapa tingkat</translation>
        </message>
        <message>
            <source>is nested too deeply to be a journey map</source>
            <translation>bersarang terlalu dalam untuk sebuah peta perjalanan</translation>
        </message>
        <message>
            <source>{name} is not a number a map can hold (NaN and Infinity are not allowed)</source>
            <translation>{name} bukan angka yang dapat disimpan dalam peta (NaN dan Infinity tidak diizinkan)</translation>
        </message>
        <message>
            <source>holds a value JourneyDesk cannot read: {error}</source>
            <translation>berisi nilai yang tidak dapat dibaca JourneyDesk: {error}</translation>
        </message>
        <message>
            <source>holds a number with {digits} digits, far too large for a map</source>
            <translation>berisi angka dengan {digits} digit, terlalu besar untuk sebuah peta</translation>
        </message>
        <message>
            <source>thousands of</source>
            <translation>ribuan</translation>
        </message>
        <message>
            <source>a key appears twice in one object</source>
            <translation>sebuah kunci muncul dua kali dalam satu objek</translation>
        </message>
        <message>
            <source> (in the item with id {id})</source>
            <translation> (di butir dengan id {id})</translation>
        </message>
        <message>
            <source>the key {key} appears twice in the object that starts here{where}</source>
            <translation>kunci {key} muncul dua kali dalam objek yang dimulai di sini{where}</translation>
        </message>
        <message>
            <source>a value is missing or is not valid JSON here</source>
            <translation>ada nilai yang hilang atau bukan JSON yang valid di sini</translation>
        </message>
        <message>
            <source>expected a "key" in double quotes (a trailing comma?)</source>
            <translation>seharusnya ada "kunci" dalam tanda petik ganda (ada koma berlebih di akhir?)</translation>
        </message>
        <message>
            <source>a comma is missing here</source>
            <translation>kurang tanda koma di sini</translation>
        </message>
        <message>
            <source>a colon is missing here</source>
            <translation>kurang tanda titik dua di sini</translation>
        </message>
        <message>
            <source>there is more text after the end of the map</source>
            <translation>masih ada teks setelah akhir peta</translation>
        </message>
        <message>
            <source>a text value holds a raw control character (a line break or tab inside quotes?)</source>
            <translation>nilai teks berisi karakter kontrol mentah (jeda baris atau tab di dalam tanda petik?)</translation>
        </message>
        <message>
            <source>a \u escape must be followed by four hex digits</source>
            <translation>escape \u harus diikuti empat digit heksadesimal</translation>
        </message>
        <message>
            <source>a backslash in a text value must be doubled (\\) or start an escape such as \n</source>
            <translation>garis miring terbalik dalam nilai teks harus digandakan (\\) atau mengawali escape seperti \n</translation>
        </message>
        <message>
            <source>not valid JSON: the file ends inside this text value (a closing " is missing, or the file was cut off)</source>
            <translation>bukan JSON yang valid: berkas berakhir di dalam nilai teks ini (tanda " penutup hilang, atau berkas terpotong)</translation>
        </message>
        <message>
            <source>not valid JSON: the file ends too early (it looks cut off: saved or copied only in part?)</source>
            <translation>bukan JSON yang valid: berkas berakhir terlalu cepat (tampaknya terpotong: hanya tersimpan atau tersalin sebagian?)</translation>
        </message>
        <message>
            <source>not valid JSON: a raw control character, {char}, is not allowed here</source>
            <translation>bukan JSON yang valid: karakter kontrol mentah, {char}, tidak diizinkan di sini</translation>
        </message>
        <message>
            <source>not valid JSON: {hint}</source>
            <translation>bukan JSON yang valid: {hint}</translation>
        </message>
        <message>
            <source>not valid JSON: {error}</source>
            <translation>bukan JSON yang valid: {error}</translation>
        </message>
        <message>
            <source>is {encoding} text; JourneyDesk maps are UTF-8 (save it again as UTF-8)</source>
            <translation>adalah teks {encoding}; peta JourneyDesk berformat UTF-8 (simpan ulang sebagai UTF-8)</translation>
        </message>
        <message>
            <source>is not valid UTF-8 text (byte 0x{byte})</source>
            <translation>bukan teks UTF-8 yang valid (bita 0x{byte})</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>tidak dapat dibaca</translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %Ln more problem(s))</source>
            <translation>
                <numerusform>{problem} (dan %Ln masalah lainnya)</numerusform>
            </translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <source>is not a field JourneyDesk knows (misspelt?)</source>
            <translation>bukan bidang yang dikenal JourneyDesk (salah eja?)</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>tidak boleh kosong</translation>
        </message>
        <message>
            <source>is too large a number (or not a number at all)</source>
            <translation>angkanya terlalu besar (atau sama sekali bukan angka)</translation>
        </message>
        <message>
            <source>must be a list [...]</source>
            <translation>harus berupa daftar [...]</translation>
        </message>
        <message>
            <source>must be an object {...}</source>
            <translation>harus berupa objek {...}</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>harus berupa bilangan bulat</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>harus berupa angka</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>harus berupa teks</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>harus true atau false</translation>
        </message>
        <message>
            <source>the key {problem}</source>
            <translation>kunci {problem}</translation>
        </message>
        <message>
            <source>{problem} (got {value})</source>
            <translation>{problem} (diberikan: {value})</translation>
        </message>
        <message>
            <source>must be at least {least}</source>
            <translation>harus paling sedikit {least}</translation>
        </message>
        <message>
            <source>must be at most {most}</source>
            <translation>harus paling banyak {most}</translation>
        </message>
        <message>
            <source>must be one of {options}</source>
            <translation>harus salah satu dari {options}</translation>
        </message>
        <message>
            <source>must be a colour like #3B82F6</source>
            <translation>harus berupa warna seperti #3B82F6</translation>
        </message>
        <message>
            <source>must be a language tag such as 'en', 'id' or 'pt-BR'</source>
            <translation>harus berupa tag bahasa seperti 'en', 'id', atau 'pt-BR'</translation>
        </message>
        <message>
            <source>is not in the expected form</source>
            <translation>tidak dalam bentuk yang diharapkan</translation>
        </message>
        <message>
            <source>is far too large a number</source>
            <translation>angkanya jauh terlalu besar</translation>
        </message>
        <message>
            <source>{problem} (in "{name}")</source>
            <translation>{problem} (di "{name}")</translation>
        </message>
        <message>
            <source>contains a broken character (a lone UTF-16 surrogate)</source>
            <translation>berisi karakter rusak (surrogate UTF-16 tunggal)</translation>
        </message>
        <message>
            <source>personas</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>stages</source>
            <translation>tahap</translation>
        </message>
        <message>
            <source>lanes</source>
            <translation>jalur</translation>
        </message>
        <message>
            <source>channels</source>
            <translation>kanal</translation>
        </message>
        <message>
            <source>touchpoints</source>
            <translation>titik sentuh</translation>
        </message>
        <message>
            <source>links</source>
            <translation>tautan</translation>
        </message>
        <message>
            <source>frictions</source>
            <translation>hambatan</translation>
        </message>
        <message>
            <source>comments</source>
            <translation>komentar</translation>
        </message>
        <message>
            <source>refers to {id}, which is one of the {group}, not the stages</source>
            <translation>merujuk ke {id}, yang termasuk {group}, bukan tahap</translation>
        </message>
        <message>
            <source>refers to {id}, which is one of the {group}, not the lanes</source>
            <translation>merujuk ke {id}, yang termasuk {group}, bukan jalur</translation>
        </message>
        <message>
            <source>refers to {id}, which is one of the {group}, not the channels</source>
            <translation>merujuk ke {id}, yang termasuk {group}, bukan kanal</translation>
        </message>
        <message>
            <source>refers to {id}, which is one of the {group}, not the personas</source>
            <translation>merujuk ke {id}, yang termasuk {group}, bukan persona</translation>
        </message>
        <message>
            <source>refers to {id}, which is one of the {group}, not the touchpoints</source>
            <translation>merujuk ke {id}, yang termasuk {group}, bukan titik sentuh</translation>
        </message>
        <message>
            <source>refers to {id}, which is one of the {group}, not the touchpoints or links</source>
            <translation>merujuk ke {id}, yang termasuk {group}, bukan titik sentuh atau tautan</translation>
        </message>
        <message>
            <source>refers to {id}, which is one of the {group}, not the touchpoints, frictions or stages</source>
            <translation>merujuk ke {id}, yang termasuk {group}, bukan titik sentuh, hambatan, atau tahap</translation>
        </message>
        <message>
            <source>the id {id} is used twice (first at {place})</source>
            <translation>id {id} digunakan dua kali (pertama di {place})</translation>
        </message>
        <message>
            <source>refers to {id}, which is not in this map</source>
            <translation>merujuk ke {id}, yang tidak ada di peta ini</translation>
        </message>
        <message>
            <source>names the same persona twice</source>
            <translation>menyebut persona yang sama dua kali</translation>
        </message>
        <message>
            <source>a link must join two different touchpoints</source>
            <translation>tautan harus menghubungkan dua titik sentuh yang berbeda</translation>
        </message>
    </context>
    <context>
        <name>io.recovery</name>
        <message>
            <source>an earlier session</source>
            <translation>sesi sebelumnya</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Tanpa judul</translation>
        </message>
    </context>
    <context>
        <name>io.save</name>
        <message>
            <source>{path}: could not be saved: {reason}</source>
            <translation>{path}: tidak dapat disimpan: {reason}</translation>
        </message>
        <message>
            <source>{path}: the file is read-only; save your changes under another name (Save As)</source>
            <translation>{path}: berkas ini hanya-baca; simpan perubahan Anda dengan nama lain (Simpan Sebagai)</translation>
        </message>
        <message>
            <source>{path}: cannot write in {folder}: {reason}</source>
            <translation>{path}: tidak dapat menulis di {folder}: {reason}</translation>
        </message>
        <message>
            <source>{path}: cannot be saved: it is a folder</source>
            <translation>{path}: tidak dapat disimpan: ini adalah folder</translation>
        </message>
        <message>
            <source>{path}: cannot be saved: it is not a regular file (a device or a pipe?)</source>
            <translation>{path}: tidak dapat disimpan: ini bukan berkas biasa (perangkat atau pipa?)</translation>
        </message>
        <message>
            <source>{path}: could not keep the previous versions ({reason})</source>
            <translation>{path}: versi sebelumnya tidak dapat dipertahankan ({reason})</translation>
        </message>
    </context>
    <context>
        <name>lint</name>
        <message>
            <source>Open critical friction</source>
            <translation>Hambatan kritis yang masih terbuka</translation>
        </message>
        <message>
            <source>Touchpoint on no channel</source>
            <translation>Titik sentuh tanpa kanal</translation>
        </message>
        <message>
            <source>Touchpoint nobody owns</source>
            <translation>Titik sentuh tanpa pemilik</translation>
        </message>
        <message>
            <source>Empty stage</source>
            <translation>Tahap kosong</translation>
        </message>
        <message>
            <source>Persona with no touchpoints</source>
            <translation>Persona tanpa titik sentuh</translation>
        </message>
        <message>
            <source>Friction with no fix written down</source>
            <translation>Hambatan tanpa perbaikan yang dicatat</translation>
        </message>
        <message>
            <source>error</source>
            <translation>galat</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>peringatan</translation>
        </message>
        <message>
            <source>info</source>
            <translation>info</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Exported {path}</source>
            <translation>Diekspor ke {path}</translation>
        </message>
    </context>
    <context>
        <name>merge</name>
        <message>
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <source>emotion ({persona})</source>
            <translation>emosi ({persona})</translation>
        </message>
        <message>
            <source>{what}: deleted in ours, changed in theirs; it stays deleted</source>
            <translation>{what}: dihapus di ours, diubah di theirs; tetap dihapus</translation>
        </message>
        <message>
            <source>{what}: deleted in ours, changed in theirs; kept, with the changes</source>
            <translation>{what}: dihapus di ours, diubah di theirs; dipertahankan, beserta perubahannya</translation>
        </message>
        <message>
            <source>{what}: deleted in theirs, changed in ours; it stays deleted</source>
            <translation>{what}: dihapus di theirs, diubah di ours; tetap dihapus</translation>
        </message>
        <message>
            <source>{what}: deleted in theirs, changed in ours; kept, with the changes</source>
            <translation>{what}: dihapus di theirs, diubah di ours; dipertahankan, beserta perubahannya</translation>
        </message>
        <message>
            <source>{what}: {field}: ours {ours}, theirs {theirs}; kept ours</source>
            <translation>{what}: {field}: ours {ours}, theirs {theirs}; yang dipertahankan: ours</translation>
        </message>
        <message>
            <source>{what}: {field}: ours {ours}, theirs {theirs}; kept theirs</source>
            <translation>{what}: {field}: ours {ours}, theirs {theirs}; yang dipertahankan: theirs</translation>
        </message>
        <message>
            <source>{kind} {name} ({id})</source>
            <translation>{kind} {name} ({id})</translation>
        </message>
        <message>
            <source>the map</source>
            <translation>peta</translation>
        </message>
        <message>
            <source>{what}: deleted on one side, but cards kept from the other are in it; kept</source>
            <translation>{what}: dihapus di satu sisi, tetapi berisi kartu yang dipertahankan dari sisi lain; dipertahankan</translation>
        </message>
        <message>
            <source>{what}: added or changed on one side, but its card was deleted on the other; dropped</source>
            <translation>{what}: ditambahkan atau diubah di satu sisi, tetapi kartunya dihapus di sisi lain; dibuang</translation>
        </message>
        <message>
            <source>{what}: moved to different places on both sides; kept our place</source>
            <translation>{what}: dipindahkan ke tempat berbeda di kedua sisi; posisi milik kita (ours) dipertahankan</translation>
        </message>
    </context>
    <context>
        <name>model.document</name>
        <message>
            <source>{field} {id} is not a persona of this map</source>
            <translation>{field} {id} bukan persona di peta ini</translation>
        </message>
        <message>
            <source>{field} {id} is not a stage of this map</source>
            <translation>{field} {id} bukan tahap di peta ini</translation>
        </message>
        <message>
            <source>{field} {id} is not a lane of this map</source>
            <translation>{field} {id} bukan jalur di peta ini</translation>
        </message>
        <message>
            <source>{field} {id} is not a channel of this map</source>
            <translation>{field} {id} bukan kanal di peta ini</translation>
        </message>
        <message>
            <source>{field} {id} is not a touchpoint of this map</source>
            <translation>{field} {id} bukan titik sentuh di peta ini</translation>
        </message>
        <message>
            <source>language must be a language tag such as 'en' or 'id' (got {value})</source>
            <translation>bahasa harus berupa tag bahasa seperti 'en' atau 'id' (diberikan: {value})</translation>
        </message>
        <message>
            <source>id must be text of 1 to 100 characters (got {id})</source>
            <translation>id harus berupa teks sepanjang 1 hingga 100 karakter (diberikan: {id})</translation>
        </message>
        <message>
            <source>id {id} is already used in this map</source>
            <translation>id {id} sudah digunakan di peta ini</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>kanal</translation>
        </message>
        <message>
            <source>persona</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>emotion persona</source>
            <translation>persona emosi</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>tahap</translation>
        </message>
        <message>
            <source>lane</source>
            <translation>jalur</translation>
        </message>
        <message>
            <source>link source</source>
            <translation>asal tautan</translation>
        </message>
        <message>
            <source>link target</source>
            <translation>sasaran tautan</translation>
        </message>
        <message>
            <source>a link must join two different touchpoints</source>
            <translation>tautan harus menghubungkan dua titik sentuh yang berbeda</translation>
        </message>
        <message>
            <source>friction target {id} is not a touchpoint or link of this map</source>
            <translation>sasaran hambatan {id} bukan titik sentuh atau tautan di peta ini</translation>
        </message>
        <message>
            <source>comment target {id} is not a touchpoint, friction or stage of this map</source>
            <translation>sasaran komentar {id} bukan titik sentuh, hambatan, atau tahap di peta ini</translation>
        </message>
        <message>
            <source>touchpoint</source>
            <translation>titik sentuh</translation>
        </message>
        <message>
            <source>{id} is not a persona, stage, lane or channel</source>
            <translation>{id} bukan persona, tahap, jalur, atau kanal</translation>
        </message>
    </context>
    <context>
        <name>model.fields</name>
        <message>
            <source>backspace</source>
            <translation>backspace</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>line break</source>
            <translation>jeda baris</translation>
        </message>
        <message>
            <source>carriage return</source>
            <translation>carriage return</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>harus berupa teks</translation>
        </message>
        <message>
            <source>contains a control character, {char}, which text here may not hold</source>
            <translation>berisi karakter kontrol, {char}, yang tidak boleh ada dalam teks ini</translation>
        </message>
        <message>
            <source>must be one line: it contains a {char}</source>
            <translation>harus satu baris: berisi {char}</translation>
        </message>
        <message>
            <source>contains a broken character (a lone surrogate)</source>
            <translation>berisi karakter rusak (surrogate tunggal)</translation>
        </message>
        <message>
            <source>must be one of {options} (got {value})</source>
            <translation>harus salah satu dari {options} (diberikan: {value})</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation>harus berupa bilangan bulat dari {low} hingga {high}</translation>
        </message>
        <message>
            <source>must be from {low} to {high} (got {value})</source>
            <translation>harus dari {low} hingga {high} (diberikan: {value})</translation>
        </message>
        <message>
            <source>is too long ({length} characters, at most {limit})</source>
            <translation>terlalu panjang ({length} karakter, maksimal {limit})</translation>
        </message>
        <message>
            <source>has too many entries (at most {limit})</source>
            <translation>memiliki terlalu banyak entri (maksimal {limit})</translation>
        </message>
        <message>
            <source>must be a list of text</source>
            <translation>harus berupa daftar teks</translation>
        </message>
        <message>
            <source>must be a list of ids</source>
            <translation>harus berupa daftar id</translation>
        </message>
        <message>
            <source>must be an id or empty</source>
            <translation>harus berupa id atau kosong</translation>
        </message>
        <message>
            <source>must be a colour like #3B82F6 (got {value})</source>
            <translation>harus berupa warna seperti #3B82F6 (diberikan: {value})</translation>
        </message>
        <message>
            <source>{metric} must be a number</source>
            <translation>{metric} harus berupa angka</translation>
        </message>
        <message>
            <source>{metric} must be a finite number</source>
            <translation>{metric} harus berupa angka terhingga</translation>
        </message>
        <message>
            <source>a huge number</source>
            <translation>angka yang sangat besar</translation>
        </message>
        <message>
            <source>{metric} must be from {low} to {high} (got {value})</source>
            <translation>{metric} harus dari {low} hingga {high} (diberikan: {value})</translation>
        </message>
        <message>
            <source>{metric} must be a whole number</source>
            <translation>{metric} harus berupa bilangan bulat</translation>
        </message>
        <message>
            <source>must be a set of metrics</source>
            <translation>harus berupa kumpulan metrik</translation>
        </message>
        <message>
            <source>has unknown metric {key} (known: {keys})</source>
            <translation>memiliki metrik tidak dikenal {key} (yang dikenal: {keys})</translation>
        </message>
        <message>
            <source>must map persona ids to emotions</source>
            <translation>harus memetakan id persona ke emosi</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>harus true atau false</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>tidak boleh kosong</translation>
        </message>
        <message>
            <source>must hold quote, source and count</source>
            <translation>harus berisi quote, source, dan count</translation>
        </message>
        <message>
            <source>has unknown entry {key}</source>
            <translation>memiliki entri tidak dikenal {key}</translation>
        </message>
        <message>
            <source>count must be a whole number from 0 to {high}</source>
            <translation>count harus berupa bilangan bulat dari 0 hingga {high}</translation>
        </message>
        <message>
            <source>{field} {problem}</source>
            <translation>{field} {problem}</translation>
        </message>
        <message>
            <source>{kind} has no field {field}</source>
            <translation>{kind} tidak memiliki bidang {field}</translation>
        </message>
    </context>
    <context>
        <name>pdf</name>
        <message>
            <source>Exported {date}</source>
            <translation>Diekspor {date}</translation>
        </message>
        <message>
            <source>{frictions} ({open} open)</source>
            <translation>{frictions} ({open} terbuka)</translation>
        </message>
        <message>
            <source>File format {format} v{version} · JourneyDesk {app}</source>
            <translation>Format berkas {format} v{version} · JourneyDesk {app}</translation>
        </message>
        <message>
            <source>the margins leave no room for the map on {size} landscape; use smaller margins</source>
            <translation>margin tidak menyisakan ruang untuk peta pada {size} lanskap; gunakan margin yang lebih kecil</translation>
        </message>
        <message>
            <source>the margins leave no room for the map on {size} portrait; use smaller margins</source>
            <translation>margin tidak menyisakan ruang untuk peta pada {size} potret; gunakan margin yang lebih kecil</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Peta</translation>
        </message>
        <message>
            <source>Sheet {sheet}</source>
            <translation>Lembar {sheet}</translation>
        </message>
        <message>
            <source>No comment is recorded on this map.</source>
            <translation>Tidak ada komentar yang tercatat pada peta ini.</translation>
        </message>
        <message>
            <source>This map has no personas.</source>
            <translation>Peta ini tidak memiliki persona.</translation>
        </message>
        <message>
            <source>(unnamed persona)</source>
            <translation>(persona tanpa nama)</translation>
        </message>
        <message>
            <source>emotion from {low} to {high}, average {average}</source>
            <translation>emosi dari {low} hingga {high}, rata-rata {average}</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>Frustrasi</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>No friction is recorded on this map.</source>
            <translation>Tidak ada hambatan yang tercatat pada peta ini.</translation>
        </message>
        <message>
            <source>{frictions}, {open} not resolved; most severe first.</source>
            <translation>{frictions}, {open} belum teratasi; yang paling parah lebih dulu.</translation>
        </message>
        <message>
            <source>Evidence: {states}.</source>
            <translation>Bukti: {states}.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Tingkat keparahan</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>Hambatan</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Peluang</translation>
        </message>
        <message>
            <source>owner {owner}</source>
            <translation>pemilik {owner}</translation>
        </message>
        <message>
            <source>Step {step}</source>
            <translation>Langkah {step}</translation>
        </message>
        <message>
            <source>count {count}</source>
            <translation>jumlah {count}</translation>
        </message>
        <message>
            <source>none recorded yet</source>
            <translation>belum ada yang dicatat</translation>
        </message>
        <message>
            <source>{comments}, {open} not resolved</source>
            <translation>{comments}, {open} belum selesai</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Pada</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <source>The map</source>
            <translation>Peta</translation>
        </message>
        <message>
            <source>This map has no stages.</source>
            <translation>Peta ini tidak memiliki tahap.</translation>
        </message>
        <message>
            <source>Metrics are means over the stage's touchpoints that carry them (– when none does). Frictions count where they sit: on a touchpoint of the stage or on a step starting in it.</source>
            <translation>Metrik adalah rata-rata dari titik sentuh tahap tersebut yang memilikinya (– bila tidak ada). Hambatan dihitung di tempatnya berada: pada titik sentuh tahap tersebut atau pada langkah yang dimulai di dalamnya.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuh</translation>
        </message>
        <message>
            <source>Emotion by persona</source>
            <translation>Emosi per persona</translation>
        </message>
        <message>
            <source>Open frictions</source>
            <translation>Hambatan terbuka</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Channel switches</source>
            <translation>Perpindahan kanal</translation>
        </message>
        <message>
            <source>Moments of truth</source>
            <translation>Momen penentu</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <source>No hotspots: no touchpoint or step carries unresolved friction.</source>
            <translation>Tidak ada titik rawan: tidak ada titik sentuh atau langkah yang memiliki hambatan yang belum teratasi.</translation>
        </message>
        <message>
            <source>Where fixing friction matters most: severity of unresolved friction, weighted by how many customers pass (volume) and how much of the journey flows through the place.</source>
            <translation>Tempat perbaikan hambatan paling berarti: tingkat keparahan hambatan yang belum teratasi, dibobot menurut banyaknya pelanggan yang melewatinya (volume) dan seberapa besar bagian perjalanan yang mengalir melalui tempat itu.</translation>
        </message>
        <message>
            <source>The top {shown} of {total} are listed; `journeydesk analyze` lists all.</source>
            <translation>{shown} teratas dari {total} dicantumkan; `journeydesk analyze` mencantumkan semuanya.</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Skor</translation>
        </message>
        <message>
            <source>Frictions</source>
            <translation>Hambatan</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>step</source>
            <translation>langkah</translation>
        </message>
        <message>
            <source>touchpoint</source>
            <translation>titik sentuh</translation>
        </message>
        <message>
            <source>{steps} where the customer changes channel; {flagged} with unresolved friction on the step or where the customer lands (listed below).</source>
            <translation>{steps} tempat pelanggan berpindah kanal; {flagged} dengan hambatan yang belum teratasi pada langkah tersebut atau di tempat pelanggan tiba (tercantum di bawah).</translation>
        </message>
        <message numerus="yes">
            <source>%Ln step(s)</source>
            <translation>
                <numerusform>%Ln langkah</numerusform>
            </translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Ke</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>unknown page size {size} (choose {sizes})</source>
            <translation>ukuran halaman {size} tidak dikenal (pilih {sizes})</translation>
        </message>
        <message>
            <source>unknown orientation {value} (choose landscape or portrait)</source>
            <translation>orientasi {value} tidak dikenal (pilih landscape atau portrait)</translation>
        </message>
        <message>
            <source>unknown mode {value} (choose fit or tile)</source>
            <translation>mode {value} tidak dikenal (pilih fit atau tile)</translation>
        </message>
        <message>
            <source>unknown section {value} (choose from {sections})</source>
            <translation>bagian {value} tidak dikenal (pilih dari {sections})</translation>
        </message>
        <message>
            <source>choose at least one section to print</source>
            <translation>pilih setidaknya satu bagian untuk dicetak</translation>
        </message>
        <message>
            <source>margins and overlap must be numbers of millimetres</source>
            <translation>margin dan tumpang tindih harus berupa angka dalam milimeter</translation>
        </message>
        <message>
            <source>margins must be from 0 to {most} mm on {size}</source>
            <translation>margin harus dari 0 hingga {most} mm pada {size}</translation>
        </message>
        <message>
            <source>overlap must be from 0 to 50 mm</source>
            <translation>tumpang tindih harus dari 0 hingga 50 mm</translation>
        </message>
        <message>
            <source>for a readable print choose {size} ({points} pt) or tile mode</source>
            <translation>agar cetakan mudah dibaca, pilih {size} ({points} pt) atau mode ubin</translation>
        </message>
        <message>
            <source>for a readable print choose tile mode (full size across sheets)</source>
            <translation>agar cetakan mudah dibaca, pilih mode ubin (ukuran penuh di beberapa lembar)</translation>
        </message>
        <message>
            <source>card titles would print at {small} pt on {paper}: printed on {larger} instead ({size} pt)</source>
            <translation>judul kartu akan tercetak {small} pt pada {paper}: sebagai gantinya dicetak pada {larger} ({size} pt)</translation>
        </message>
        <message>
            <source>card titles would print at {small} pt fitted on one {paper} page: tiled at full size instead</source>
            <translation>judul kartu akan tercetak {small} pt bila dimuatkan ke satu halaman {paper}: sebagai gantinya dibagi ke beberapa lembar dalam ukuran penuh</translation>
        </message>
        <message>
            <source>persona: {name}</source>
            <translation>persona: {name}</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Perjalanan tanpa judul</translation>
        </message>
        <message numerus="yes">
            <source>(%Ln sheet(s), {rows} × {cols})</source>
            <translation>
                <numerusform>(%Ln lembar, {rows} × {cols})</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: a part of the report does not fit on a {size} page ({error})</source>
            <translation>{path}: sebagian laporan tidak muat di halaman {size} ({error})</translation>
        </message>
        <message>
            <source>Fitted to one {size} landscape page at {scale}</source>
            <translation>Dimuatkan ke satu halaman {size} lanskap pada skala {scale}</translation>
        </message>
        <message>
            <source>Fitted to one {size} portrait page at {scale}</source>
            <translation>Dimuatkan ke satu halaman {size} potret pada skala {scale}</translation>
        </message>
        <message>
            <source>the map prints at {scale} on {size}: card titles are {points} pt; {advice}</source>
            <translation>peta tercetak pada skala {scale} di {size}: judul kartu berukuran {points} pt; {advice}</translation>
        </message>
        <message>
            <source>Assembly guide: {sheets} ({rows} × {columns})</source>
            <translation>Panduan perakitan: {sheets} ({rows} × {columns})</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln baris</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln column(s)</source>
            <translation>
                <numerusform>%Ln kolom</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} — sheet {sheet} (row {row}, column {column}) of {rows} × {columns}; full size, 1 pt = 1 unit</source>
            <translation>{title} — lembar {sheet} (baris {row}, kolom {column}) dari {rows} × {columns}; ukuran penuh, 1 pt = 1 satuan</translation>
        </message>
        <message>
            <source>Customer journey map</source>
            <translation>Peta perjalanan pelanggan</translation>
        </message>
        <message>
            <source>Page {number}</source>
            <translation>Halaman {number}</translation>
        </message>
        <message>
            <source>Customer journey map: {counts}</source>
            <translation>Peta perjalanan pelanggan: {counts}</translation>
        </message>
        <message>
            <source>{subject}; {persona}</source>
            <translation>{subject}; {persona}</translation>
        </message>
        <message>
            <source>customer journey map</source>
            <translation>peta perjalanan pelanggan</translation>
        </message>
        <message>
            <source>Persona profiles</source>
            <translation>Profil persona</translation>
        </message>
        <message>
            <source>Friction register</source>
            <translation>Daftar hambatan</translation>
        </message>
        <message>
            <source>Stage scorecards</source>
            <translation>Kartu skor tahap</translation>
        </message>
        <message>
            <source>Friction hotspots</source>
            <translation>Titik rawan hambatan</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Komentar</translation>
        </message>
        <message numerus="yes">
            <source>+%Ln more</source>
            <translation>
                <numerusform>+%Ln lainnya</numerusform>
            </translation>
        </message>
        <message>
            <source>The analysis module is not available in this build, so this section is empty.</source>
            <translation>Modul analisis tidak tersedia dalam build ini, sehingga bagian ini kosong.</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>tidak ada yang dicatat</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Untitled stage</source>
            <translation>Tahap tanpa judul</translation>
        </message>
        <message>
            <source>Untitled lane</source>
            <translation>Jalur tanpa judul</translation>
        </message>
        <message>
            <source>Emotion per persona, −3 to +3</source>
            <translation>Emosi per persona, −3 hingga +3</translation>
        </message>
        <message>
            <source>{kind}  ·  {count}</source>
            <translation>{kind}  ·  {count}</translation>
        </message>
        <message>
            <source>This map has no stages yet.</source>
            <translation>Peta ini belum memiliki tahap.</translation>
        </message>
        <message>
            <source>This map has no lanes yet.</source>
            <translation>Peta ini belum memiliki jalur.</translation>
        </message>
        <message>
            <source>Friction severity</source>
            <translation>Tingkat keparahan hambatan</translation>
        </message>
        <message>
            <source>All resolved</source>
            <translation>Semua teratasi</translation>
        </message>
        <message>
            <source>shape and colour: the worst open friction; number: open frictions</source>
            <translation>bentuk dan warna: hambatan terbuka terparah; angka: jumlah hambatan terbuka</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Bukti</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>Momen penentu</translation>
        </message>
        <message>
            <source>Link (persona-coloured when it is one persona's)</source>
            <translation>Tautan (berwarna persona bila milik satu persona)</translation>
        </message>
        <message>
            <source>Personas (dots on cards, emotion curves)</source>
            <translation>Persona (titik pada kartu, kurva emosi)</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(tanpa nama)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln {size} sheet(s)</source>
            <translation>
                <numerusform>%Ln lembar {size}</numerusform>
            </translation>
        </message>
        <message>
            <source>(channel break)</source>
            <translation>(keterputusan kanal)</translation>
        </message>
        <message numerus="yes">
            <source>[%Ln more characters in the map file]</source>
            <translation>
                <numerusform>[%Ln karakter lagi di berkas peta]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s) on this persona's journey</source>
            <translation>
                <numerusform>%Ln titik sentuh dalam perjalanan persona ini</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln friction(s)</source>
            <translation>
                <numerusform>%Ln hambatan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln comment(s)</source>
            <translation>
                <numerusform>%Ln komentar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pdf.progress</name>
        <message>
            <source>Laying out the map</source>
            <translation>Menata letak peta</translation>
        </message>
        <message>
            <source>Analysing the map</source>
            <translation>Menganalisis peta</translation>
        </message>
        <message>
            <source>Drawing the map</source>
            <translation>Menggambar peta</translation>
        </message>
        <message>
            <source>Drawing sheet {sheet}</source>
            <translation>Menggambar lembar {sheet}</translation>
        </message>
        <message>
            <source>Writing {section}</source>
            <translation>Menulis {section}</translation>
        </message>
        <message>
            <source>Making the pages</source>
            <translation>Menyusun halaman</translation>
        </message>
        <message>
            <source>Writing the file</source>
            <translation>Menulis berkas</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>export cancelled</source>
            <translation>ekspor dibatalkan</translation>
        </message>
    </context>
    <context>
        <name>present</name>
        <message>
            <source>Untitled</source>
            <translation>Tanpa judul</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Perjalanan tanpa judul</translation>
        </message>
        <message>
            <source>Untitled stage</source>
            <translation>Tahap tanpa judul</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>No touchpoints concern {persona} yet</source>
            <translation>Belum ada titik sentuh yang menyangkut {persona}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s) on the way</source>
            <translation>
                <numerusform>%Ln titik sentuh di sepanjang perjalanan</numerusform>
            </translation>
        </message>
        <message>
            <source>No open frictions on this map</source>
            <translation>Tidak ada hambatan terbuka di peta ini</translation>
        </message>
        <message>
            <source>Stage {number} of {total}</source>
            <translation>Tahap {number} dari {total}</translation>
        </message>
        <message>
            <source>part {part} of {parts}</source>
            <translation>bagian {part} dari {parts}</translation>
        </message>
        <message>
            <source>Step {number} of {total}</source>
            <translation>Langkah {number} dari {total}</translation>
        </message>
        <message>
            <source>Hotspot {number} of {total}</source>
            <translation>Titik rawan {number} dari {total}</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Gambaran umum</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>tidak dicatat</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open friction(s)</source>
            <translation>
                <numerusform>%Ln hambatan terbuka</numerusform>
            </translation>
        </message>
        <message>
            <source>worst: {severity}</source>
            <translation>terburuk: {severity}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln being fixed</source>
            <translation>
                <numerusform>%Ln sedang diperbaiki</numerusform>
            </translation>
        </message>
        <message>
            <source>volume unknown</source>
            <translation>volume tidak diketahui</translation>
        </message>
        <message>
            <source>{volume} customers pass here</source>
            <translation>{volume} pelanggan melewati titik ini</translation>
        </message>
        <message>
            <source>on {share} of the routes through the map</source>
            <translation>pada {share} rute di peta</translation>
        </message>
    </context>
    <context>
        <name>slides</name>
        <message>
            <source>Exported {date} · JourneyDesk {version}</source>
            <translation>Diekspor {date} · JourneyDesk {version}</translation>
        </message>
        <message>
            <source>Friction hotspots</source>
            <translation>Titik rawan hambatan</translation>
        </message>
        <message>
            <source>Slides of a customer journey map</source>
            <translation>Slide peta perjalanan pelanggan</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Untitled stage</source>
            <translation>Tahap tanpa judul</translation>
        </message>
        <message>
            <source>Untitled lane</source>
            <translation>Jalur tanpa judul</translation>
        </message>
        <message numerus="yes">
            <source>+ %Ln more</source>
            <translation>
                <numerusform>+ %Ln lainnya</numerusform>
            </translation>
        </message>
        <message>
            <source>Untitled friction</source>
            <translation>Hambatan tanpa judul</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>teratasi</translation>
        </message>
        <message>
            <source>being fixed</source>
            <translation>sedang diperbaiki</translation>
        </message>
        <message>
            <source>In this stage</source>
            <translation>Di tahap ini</translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s)</source>
            <translation>
                <numerusform>%Ln titik sentuh</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln channel switch(es)</source>
            <translation>
                <numerusform>%Ln perpindahan kanal</numerusform>
            </translation>
        </message>
        <message>
            <source>How they feel here (−3 to +3)</source>
            <translation>Perasaan mereka di sini (−3 hingga +3)</translation>
        </message>
        <message>
            <source>Frictions here</source>
            <translation>Hambatan di sini</translation>
        </message>
        <message>
            <source>No friction on these cards</source>
            <translation>Tidak ada hambatan pada kartu-kartu ini</translation>
        </message>
        <message>
            <source>Speaker notes</source>
            <translation>Catatan pembicara</translation>
        </message>
        <message>
            <source>No notes for this slide.</source>
            <translation>Tidak ada catatan untuk slide ini.</translation>
        </message>
        <message>
            <source>(the full notes are in the map file)</source>
            <translation>(catatan lengkap ada di berkas peta)</translation>
        </message>
        <message>
            <source>Persona {number} of {total}</source>
            <translation>Persona {number} dari {total}</translation>
        </message>
        <message>
            <source>part {part} of {parts}</source>
            <translation>bagian {part} dari {parts}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s) on the way</source>
            <translation>
                <numerusform>%Ln titik sentuh di sepanjang perjalanan</numerusform>
            </translation>
        </message>
        <message>
            <source>Friction hotspots, worst first</source>
            <translation>Titik rawan hambatan, terburuk dulu</translation>
        </message>
        <message>
            <source>Where fixing friction matters most</source>
            <translation>Tempat perbaikan hambatan paling berarti</translation>
        </message>
        <message numerus="yes">
            <source>The top {shown} of %Ln hotspot(s); every one is in journeydesk analyze</source>
            <translation>
                <numerusform>{shown} teratas dari %Ln titik rawan; semuanya ada di journeydesk analyze</numerusform>
            </translation>
        </message>
        <message>
            <source>score {score}</source>
            <translation>skor {score}</translation>
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <source>there is no template {name} (templates: {names})</source>
            <translation>tidak ada templat {name} (templat: {names})</translation>
        </message>
    </context>
    <context>
        <name>themes</name>
        <message>
            <source>Dark</source>
            <translation>Gelap</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Kontras tinggi</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Terang</translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <source>no</source>
            <translation>tidak</translation>
        </message>
    </context>
    <context>
        <name>vocabulary.category</name>
        <message>
            <source>Waiting</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <source>Confusion</source>
            <translation>Kebingungan</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Informasi kurang</translation>
        </message>
        <message>
            <source>Broken promise</source>
            <translation>Janji tidak ditepati</translation>
        </message>
        <message>
            <source>Channel break</source>
            <translation>Keterputusan kanal</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Usaha berlebih</translation>
        </message>
        <message>
            <source>Price surprise</source>
            <translation>Kejutan harga</translation>
        </message>
        <message>
            <source>Failure</source>
            <translation>Kegagalan</translation>
        </message>
    </context>
    <context>
        <name>vocabulary.evidence</name>
        <message>
            <source>Observed</source>
            <translation>Diamati</translation>
        </message>
        <message>
            <source>Assumed</source>
            <translation>Diasumsikan</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Diusulkan</translation>
        </message>
        <message>
            <source>seen or measured</source>
            <translation>dilihat atau diukur</translation>
        </message>
        <message>
            <source>the team's belief</source>
            <translation>keyakinan tim</translation>
        </message>
        <message>
            <source>to be checked</source>
            <translation>perlu diperiksa</translation>
        </message>
    </context>
    <context>
        <name>vocabulary.field</name>
        <message>
            <source>name</source>
            <translation>nama</translation>
        </message>
        <message>
            <source>title</source>
            <translation>judul</translation>
        </message>
        <message>
            <source>description</source>
            <translation>deskripsi</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>catatan</translation>
        </message>
        <message>
            <source>role</source>
            <translation>peran</translation>
        </message>
        <message>
            <source>goals</source>
            <translation>tujuan</translation>
        </message>
        <message>
            <source>needs</source>
            <translation>kebutuhan</translation>
        </message>
        <message>
            <source>frustrations</source>
            <translation>frustrasi</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>kutipan</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>warna</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>jenis</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>tahap</translation>
        </message>
        <message>
            <source>lane</source>
            <translation>jalur</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>kanal</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>pemilik</translation>
        </message>
        <message>
            <source>personas</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>persona</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>metrics</source>
            <translation>metrik</translation>
        </message>
        <message>
            <source>emotions</source>
            <translation>emosi</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>bukti</translation>
        </message>
        <message>
            <source>moment of truth</source>
            <translation>momen penentu</translation>
        </message>
        <message>
            <source>label</source>
            <translation>label</translation>
        </message>
        <message>
            <source>source</source>
            <translation>sumber</translation>
        </message>
        <message>
            <source>target</source>
            <translation>sasaran</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>tingkat keparahan</translation>
        </message>
        <message>
            <source>category</source>
            <translation>kategori</translation>
        </message>
        <message>
            <source>evidence status</source>
            <translation>status bukti</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>opportunity</source>
            <translation>peluang</translation>
        </message>
        <message>
            <source>author</source>
            <translation>penulis</translation>
        </message>
        <message>
            <source>created</source>
            <translation>dibuat</translation>
        </message>
        <message>
            <source>modified</source>
            <translation>diubah</translation>
        </message>
        <message>
            <source>text</source>
            <translation>teks</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>selesai</translation>
        </message>
        <message>
            <source>language</source>
            <translation>bahasa</translation>
        </message>
        <message>
            <source>position</source>
            <translation>posisi</translation>
        </message>
        <message>
            <source>cell</source>
            <translation>sel</translation>
        </message>
    </context>
    <context>
        <name>vocabulary.kind</name>
        <message>
            <source>Map</source>
            <translation>Peta</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Jalur</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Titik sentuh</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Tautan</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>Hambatan</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komentar</translation>
        </message>
    </context>
    <context>
        <name>vocabulary.lane</name>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuh</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <source>Thoughts</source>
            <translation>Pikiran</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Emosi</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Titik masalah</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Peluang</translation>
        </message>
        <message>
            <source>Frontstage</source>
            <translation>Panggung depan</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Panggung belakang</translation>
        </message>
        <message>
            <source>Support processes</source>
            <translation>Proses pendukung</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Kustom</translation>
        </message>
    </context>
    <context>
        <name>vocabulary.metric</name>
        <message>
            <source>CSAT %</source>
            <translation>CSAT %</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>CES</source>
            <translation>CES</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Conversion %</source>
            <translation>Konversi %</translation>
        </message>
    </context>
    <context>
        <name>vocabulary.severity</name>
        <message>
            <source>Minor</source>
            <translation>Ringan</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Sedang</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>Berat</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritis</translation>
        </message>
        <message>
            <source>{number} · {label}</source>
            <translation>{number} · {label}</translation>
        </message>
    </context>
    <context>
        <name>vocabulary.status</name>
        <message>
            <source>Open</source>
            <translation>Terbuka</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Sedang dikerjakan</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Teratasi</translation>
        </message>
    </context>
</TS>
