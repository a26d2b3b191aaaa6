<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
    <context>
        <name>About</name>
        <message>
            <source>see the package</source>
            <translation>lihat pakejnya</translation>
        </message>
        <message>
            <source>not installed</source>
            <translation>tidak dipasang</translation>
        </message>
        <message>
            <source>About JourneyDesk</source>
            <translation>Perihal JourneyDesk</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;Perihal</translation>
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
            <translation>Salin Maklumat &amp;Versi</translation>
        </message>
        <message>
            <source>An offline editor for customer journey maps: personas, stages, touchpoints, friction and analysis on a graph.</source>
            <translation>Penyunting luar talian untuk peta perjalanan pelanggan: persona, peringkat, titik sentuhan, geseran dan analisis pada graf.</translation>
        </message>
        <message>
            <source>Released under the MIT licence.</source>
            <translation>Dikeluarkan di bawah lesen MIT.</translation>
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
            <translation>Lesen</translation>
        </message>
        <message>
            <source>No fonts are shipped with this build.</source>
            <translation>Binaan ini tidak disertakan dengan fon.</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;New</source>
            <translation>Ba&amp;haru</translation>
        </message>
        <message>
            <source>A new map with the five classic stages</source>
            <translation>Peta baharu dengan lima peringkat klasik</translation>
        </message>
        <message>
            <source>New &amp;Window</source>
            <translation>&amp;Tetingkap Baharu</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Buka…</translation>
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
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>Import touchpoints from a spreadsheet (CSV or Excel), into a new map or this one</source>
            <translation>Import titik sentuhan daripada hamparan (CSV atau Excel) ke dalam peta baharu atau peta ini</translation>
        </message>
        <message>
            <source>Show what changed between this map and another version of it</source>
            <translation>Tunjukkan perubahan antara peta ini dengan versi lain peta yang sama</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Eksport…</translation>
        </message>
        <message>
            <source>Export the map as PDF, PNG, SVG or CSV</source>
            <translation>Eksport peta sebagai PDF, PNG, SVG atau CSV</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>T&amp;utup</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Buat asal</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Buat se&amp;mula</translation>
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
            <translation>&amp;Tampal</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>P&amp;adam</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Pil&amp;ih Semua</translation>
        </message>
        <message>
            <source>Ne&amp;xt Panel</source>
            <translation>Panel Seterusn&amp;ya</translation>
        </message>
        <message>
            <source>Co&amp;mpare With…</source>
            <translation>Ban&amp;dingkan Dengan…</translation>
        </message>
        <message>
            <source>Dupl&amp;icate</source>
            <translation>Pen&amp;dua</translation>
        </message>
        <message>
            <source>Edit Titl&amp;e</source>
            <translation>Sunting Taj&amp;uk</translation>
        </message>
        <message>
            <source>&amp;Link Tool</source>
            <translation>A&amp;lat Pautan</translation>
        </message>
        <message>
            <source>Lin&amp;k Selected Cards</source>
            <translation>Pautkan Kad Terpili&amp;h</translation>
        </message>
        <message>
            <source>Link each selected card to the next one along the journey</source>
            <translation>Pautkan setiap kad terpilih kepada kad seterusnya sepanjang perjalanan</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>&amp;Keutamaan…</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zum &amp;Masuk</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zum &amp;Keluar</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>Muat ke &amp;Tetingkap</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>Saiz &amp;Sebenar</translation>
        </message>
        <message>
            <source>Friction &amp;Heatmap</source>
            <translation>&amp;Peta Haba Geseran</translation>
        </message>
        <message>
            <source>Shade each stage and lane by its friction load</source>
            <translation>Warnakan setiap peringkat dan lorong mengikut beban geserannya</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>Skrin Pen&amp;uh</translation>
        </message>
        <message>
            <source>P&amp;revious Panel</source>
            <translation>Panel Se&amp;belumnya</translation>
        </message>
        <message>
            <source>User &amp;Guide</source>
            <translation>Pand&amp;uan Pengguna</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>Pinta&amp;san Papan Kekunci</translation>
        </message>
        <message>
            <source>&amp;About JourneyDesk</source>
            <translation>&amp;Perihal JourneyDesk</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fail</translation>
        </message>
        <message>
            <source>New from E&amp;xample</source>
            <translation>Baharu daripada &amp;Contoh</translation>
        </message>
        <message>
            <source>New from &amp;Template</source>
            <translation>Baharu daripada Te&amp;mplat</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Buka Terki&amp;ni</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sunting</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Paparan</translation>
        </message>
        <message>
            <source>Pa&amp;nels</source>
            <translation>Pa&amp;nel</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Bantuan</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Bar alat utama</translation>
        </message>
        <message>
            <source>&amp;Present</source>
            <translation>Pe&amp;rsembahkan</translation>
        </message>
        <message>
            <source>Show the map full screen, stage by stage, for a room (Esc leaves)</source>
            <translation>Tunjukkan peta pada skrin penuh, peringkat demi peringkat, kepada hadirin (Esc untuk keluar)</translation>
        </message>
    </context>
    <context>
        <name>AnalysisPanel</name>
        <message>
            <source>Refresh</source>
            <translation>Segar semula</translation>
        </message>
        <message>
            <source>Analysis findings</source>
            <translation>Dapatan analisis</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Dapatan</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Butiran</translation>
        </message>
        <message>
            <source>Analysing…</source>
            <translation>Menganalisis…</translation>
        </message>
        <message>
            <source>the analysis worker stopped</source>
            <translation>proses analisis terhenti</translation>
        </message>
        <message>
            <source>Analysis failed: {message}</source>
            <translation>Analisis gagal: {message}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln hotspot(s)</source>
            <translation>
                <numerusform>%Ln titik panas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lint finding(s)</source>
            <translation>
                <numerusform>%Ln dapatan semakan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s)</source>
            <translation>
                <numerusform>%Ln titik sentuhan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… dan %Ln lagi</numerusform>
            </translation>
        </message>
        <message>
            <source>Friction hotspots ({count})</source>
            <translation>Titik panas geseran ({count})</translation>
        </message>
        <message>
            <source>ranked by score</source>
            <translation>disusun mengikut skor</translation>
        </message>
        <message>
            <source>score {score} · {stage}</source>
            <translation>skor {score} · {stage}</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa tajuk)</translation>
        </message>
        <message>
            <source>severity {severity} · {status}</source>
            <translation>tahap keterukan {severity} · {status}</translation>
        </message>
        <message>
            <source>Persona paths</source>
            <translation>Laluan persona</translation>
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
                <numerusform>%Ln tidak boleh dicapai</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln loop(s)</source>
            <translation>
                <numerusform>%Ln gelung</numerusform>
            </translation>
        </message>
        <message>
            <source>Dead ends ({count})</source>
            <translation>Jalan buntu ({count})</translation>
        </message>
        <message>
            <source>No way forward before the last stage</source>
            <translation>Tiada jalan ke hadapan sebelum peringkat terakhir</translation>
        </message>
        <message>
            <source>Unreachable ({count})</source>
            <translation>Tidak boleh dicapai ({count})</translation>
        </message>
        <message>
            <source>No route from the journey's start</source>
            <translation>Tiada laluan dari permulaan perjalanan</translation>
        </message>
        <message>
            <source>Loops ({count})</source>
            <translation>Gelung ({count})</translation>
        </message>
        <message>
            <source>truncated</source>
            <translation>dipangkas</translation>
        </message>
        <message>
            <source>(loop)</source>
            <translation>(gelung)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln step(s)</source>
            <translation>
                <numerusform>%Ln langkah</numerusform>
            </translation>
        </message>
        <message>
            <source>Channel switches</source>
            <translation>Pertukaran saluran</translation>
        </message>
        <message numerus="yes">
            <source>%Ln switch(es)</source>
            <translation>
                <numerusform>%Ln pertukaran</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln with friction</source>
            <translation>
                <numerusform>%Ln dengan geseran</numerusform>
            </translation>
        </message>
        <message>
            <source>Per stage</source>
            <translation>Mengikut peringkat</translation>
        </message>
        <message numerus="yes">
            <source>%Ln channel break(s)</source>
            <translation>
                <numerusform>%Ln pemutusan saluran</numerusform>
            </translation>
        </message>
        <message>
            <source>friction</source>
            <translation>geseran</translation>
        </message>
        <message>
            <source>Links ({count})</source>
            <translation>Pautan ({count})</translation>
        </message>
        <message>
            <source>flagged first</source>
            <translation>yang ditanda didahulukan</translation>
        </message>
        <message>
            <source>Stage scorecard</source>
            <translation>Kad skor peringkat</translation>
        </message>
        <message numerus="yes">
            <source>%Ln stage(s)</source>
            <translation>
                <numerusform>%Ln peringkat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln friction(s)</source>
            <translation>
                <numerusform>%Ln geseran</numerusform>
            </translation>
        </message>
        <message>
            <source>Metrics (average)</source>
            <translation>Metrik (purata)</translation>
        </message>
        <message>
            <source>Frictions by severity</source>
            <translation>Geseran mengikut tahap keterukan</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tiada</translation>
        </message>
        <message numerus="yes">
            <source>%Ln resolved</source>
            <translation>
                <numerusform>%Ln selesai</numerusform>
            </translation>
        </message>
        <message>
            <source>Average emotion</source>
            <translation>Emosi purata</translation>
        </message>
        <message numerus="yes">
            <source>{average} over %Ln touchpoint(s)</source>
            <translation>
                <numerusform>{average} merentasi %Ln titik sentuhan</numerusform>
            </translation>
        </message>
        <message>
            <source>Moments of truth ({count})</source>
            <translation>Detik penentu ({count})</translation>
        </message>
        <message>
            <source>Lint ({count})</source>
            <translation>Semakan ({count})</translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s)</source>
            <translation>
                <numerusform>%Ln ralat</numerusform>
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
            <translation>Disimpan, tetapi sandaran lama tidak dikekalkan: {reason}</translation>
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
            <translation>Peringkat tanpa tajuk</translation>
        </message>
        <message>
            <source>Untitled lane</source>
            <translation>Lorong tanpa tajuk</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Tanpa tajuk</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Perjalanan tanpa tajuk</translation>
        </message>
        <message>
            <source>Friction load {load}</source>
            <translation>Beban geseran {load}</translation>
        </message>
        <message>
            <source>Emotion per persona, -3 to +3</source>
            <translation>Emosi setiap persona, -3 hingga +3</translation>
        </message>
        <message>
            <source>A title holds at most {count} characters; the rest will be cut</source>
            <translation>Tajuk boleh memuatkan paling banyak {count} aksara; selebihnya akan dipotong</translation>
        </message>
    </context>
    <context>
        <name>CanvasAccessible</name>
        <message>
            <source>Stage {index} of {count}</source>
            <translation>Peringkat {index} daripada {count}</translation>
        </message>
        <message>
            <source>Lane {index} of {count}</source>
            <translation>Lorong {index} daripada {count}</translation>
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
            <translation>tahap keterukan {severity}</translation>
        </message>
        <message>
            <source>on {target}</source>
            <translation>pada {target}</translation>
        </message>
        <message>
            <source>no channel</source>
            <translation>tiada saluran</translation>
        </message>
        <message>
            <source>{title}, stage {stage}, lane {lane}, channel {channel}, {frictions}</source>
            <translation>{title}, peringkat {stage}, lorong {lane}, saluran {channel}, {frictions}</translation>
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
            <translation>detik penentu</translation>
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
            <translation>Pergi ke kad atau pengepala seterusnya dan memilihnya</translation>
        </message>
        <message>
            <source>Add the next card or header to the selection</source>
            <translation>Tambah kad atau pengepala seterusnya pada pilihan</translation>
        </message>
        <message>
            <source>Move the focus without selecting</source>
            <translation>Alihkan fokus tanpa memilih</translation>
        </message>
        <message>
            <source>Select or deselect the focused item</source>
            <translation>Pilih atau nyahpilih item yang difokuskan</translation>
        </message>
        <message>
            <source>Go to the first or last card of the journey</source>
            <translation>Pergi ke kad pertama atau terakhir dalam perjalanan</translation>
        </message>
        <message>
            <source>Move the selected cards to the previous or next stage</source>
            <translation>Alihkan kad terpilih ke peringkat sebelumnya atau seterusnya</translation>
        </message>
        <message>
            <source>Move the selected cards up or down their cell</source>
            <translation>Alihkan kad terpilih ke atas atau ke bawah dalam selnya</translation>
        </message>
        <message>
            <source>Move the selected cards to the lane above or below</source>
            <translation>Alihkan kad terpilih ke lorong di atas atau di bawahnya</translation>
        </message>
        <message>
            <source>Rename the selected card, stage or lane</source>
            <translation>Namakan semula kad, peringkat atau lorong yang dipilih</translation>
        </message>
        <message>
            <source>Delete the selection, with its links and frictions</source>
            <translation>Padam pilihan bersama pautan dan geserannya</translation>
        </message>
        <message>
            <source>Stop drawing a link, else clear the selection</source>
            <translation>Berhenti melukis pautan, atau kosongkan pilihan</translation>
        </message>
        <message>
            <source>Open the focused item's context menu</source>
            <translation>Buka menu konteks item yang difokuskan</translation>
        </message>
        <message numerus="yes">
            <source>Link %Ln card(s)</source>
            <translation>
                <numerusform>Pautkan %Ln kad</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CanvasMenu</name>
        <message>
            <source>Edit title</source>
            <translation>Sunting tajuk</translation>
        </message>
        <message>
            <source>Add friction</source>
            <translation>Tambah geseran</translation>
        </message>
        <message>
            <source>Add link from here</source>
            <translation>Tambah pautan dari sini</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Padam</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Delete friction</source>
            <translation>Padam geseran</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Namakan semula</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Padam peringkat</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>Padam lorong</translation>
        </message>
        <message>
            <source>Add touchpoint here</source>
            <translation>Tambah titik sentuhan di sini</translation>
        </message>
    </context>
    <context>
        <name>CaptureBar</name>
        <message>
            <source>Friction</source>
            <translation>Geseran</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Idea</translation>
        </message>
        <message>
            <source>What the room said</source>
            <translation>Apa yang dikatakan hadirin</translation>
        </message>
        <message>
            <source>Enter adds it · Tab: friction or idea · Esc: close</source>
            <translation>Enter menambahnya · Tab: geseran atau idea · Esc: tutup</translation>
        </message>
        <message>
            <source>A friction the room sees here…</source>
            <translation>Geseran yang dilihat hadirin di sini…</translation>
        </message>
        <message>
            <source>An idea…</source>
            <translation>Satu idea…</translation>
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
                <numerusform>%Ln item disalin</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot paste: {problem}</source>
            <translation>Tidak dapat menampal: {problem}</translation>
        </message>
        <message>
            <source>Nothing to paste: the clipboard holds no map items</source>
            <translation>Tiada apa-apa untuk ditampal: papan keratan tidak mengandungi item peta</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Tampal</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Pendua</translation>
        </message>
        <message>
            <source>Nothing to paste here</source>
            <translation>Tiada apa-apa untuk ditampal di sini</translation>
        </message>
        <message numerus="yes">
            <source>{action}: %Ln item(s)</source>
            <translation>
                <numerusform>{action}: %Ln item</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot paste: {error}</source>
            <translation>Tidak dapat menampal: {error}</translation>
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
            <translation>Tambah peringkat</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Tambah lorong</translation>
        </message>
        <message>
            <source>Add channel</source>
            <translation>Tambah saluran</translation>
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation>Tambah titik sentuhan</translation>
        </message>
        <message>
            <source>Add link</source>
            <translation>Tambah pautan</translation>
        </message>
        <message>
            <source>Add friction</source>
            <translation>Tambah geseran</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Tambah komen</translation>
        </message>
        <message>
            <source>Move persona</source>
            <translation>Alih persona</translation>
        </message>
        <message>
            <source>Move stage</source>
            <translation>Alih peringkat</translation>
        </message>
        <message>
            <source>Move lane</source>
            <translation>Alih lorong</translation>
        </message>
        <message>
            <source>Move channel</source>
            <translation>Alih saluran</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Padam</translation>
        </message>
        <message>
            <source>Edit {fields}</source>
            <translation>Sunting {fields}</translation>
        </message>
        <message>
            <source>Edit title</source>
            <translation>Sunting tajuk</translation>
        </message>
        <message>
            <source>Edit map details</source>
            <translation>Sunting butiran peta</translation>
        </message>
        <message>
            <source>Move card</source>
            <translation>Alih kad</translation>
        </message>
        <message>
            <source>Capture friction</source>
            <translation>Catat geseran</translation>
        </message>
        <message>
            <source>Capture idea</source>
            <translation>Catat idea</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln item(s)</source>
            <translation>
                <numerusform>Padam %Ln item</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %Ln card(s)</source>
            <translation>
                <numerusform>Alih %Ln kad</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <source>Comments</source>
            <translation>Komen</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komen</translation>
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
            <translation>Masa</translation>
        </message>
        <message>
            <source>New comment</source>
            <translation>Komen baharu</translation>
        </message>
        <message>
            <source>Write a comment…</source>
            <translation>Tulis komen…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <source>Show resolved</source>
            <translation>Tunjukkan yang selesai</translation>
        </message>
        <message>
            <source>the map</source>
            <translation>peta</translation>
        </message>
        <message>
            <source>New comment on: {target}</source>
            <translation>Komen baharu pada: {target}</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Tambah komen</translation>
        </message>
        <message>
            <source>Tick when it is dealt with (resolved)</source>
            <translation>Tandakan apabila sudah ditangani (selesai)</translation>
        </message>
        <message>
            <source>Resolve comment</source>
            <translation>Selesaikan komen</translation>
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
            <translation>Peringkat</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Lorong</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Saluran</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kad</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Pautan</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>Geseran</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Sebelumnya</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Seterusnya</translation>
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
            <translation>Tiada perbezaan daripada {old}.</translation>
        </message>
        <message numerus="yes">
            <source>Compared with {old}: %Ln change(s)</source>
            <translation>
                <numerusform>Dibandingkan dengan {old}: %Ln perubahan</numerusform>
            </translation>
        </message>
        <message>
            <source>moved</source>
            <translation>dialihkan</translation>
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
            <translation>Peta perjalanan (*.journey.json *.json);;Semua fail (*)</translation>
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
            <translation>Peta perjalanan (*.journey.json *.json);;Semua fail (*)</translation>
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
            <translation>Perubahan anda akan hilang jika anda tidak menyimpannya.</translation>
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
            <translation>Pulihkan kerja yang belum disimpan</translation>
        </message>
        <message>
            <source>JourneyDesk found unsaved changes to “{title}” from {when}.</source>
            <translation>JourneyDesk menemui perubahan yang belum disimpan pada “{title}” dari {when}.</translation>
        </message>
        <message>
            <source>It was last saved as {path}.</source>
            <translation>Ia kali terakhir disimpan sebagai {path}.</translation>
        </message>
        <message>
            <source>It had not been saved yet.</source>
            <translation>Ia belum pernah disimpan.</translation>
        </message>
        <message>
            <source>Open it to keep working on it, or discard the changes?</source>
            <translation>Buka untuk terus mengusahakannya, atau buang perubahan itu?</translation>
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
            <translation>Kemudian</translation>
        </message>
    </context>
    <context>
        <name>EmotionField</name>
        <message>
            <source>-3 very negative … +3 delighted; '—' not recorded</source>
            <translation>-3 sangat negatif … +3 sangat gembira; '—' tidak direkodkan</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>PDF document (print, share)</source>
            <translation>Dokumen PDF (cetak, kongsi)</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>Imej PNG</translation>
        </message>
        <message>
            <source>SVG drawing</source>
            <translation>Lukisan SVG</translation>
        </message>
        <message>
            <source>CSV table of touchpoints</source>
            <translation>Jadual CSV titik sentuhan</translation>
        </message>
        <message>
            <source>PDF slide deck (16:9, to hand out after presenting)</source>
            <translation>Dek slaid PDF (16:9, untuk diedarkan selepas persembahan)</translation>
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
            <translation>Daftar geseran</translation>
        </message>
        <message>
            <source>Stage scorecards</source>
            <translation>Kad skor peringkat</translation>
        </message>
        <message>
            <source>Friction hotspots</source>
            <translation>Titik panas geseran</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Komen</translation>
        </message>
        <message>
            <source>Below each slide</source>
            <translation>Di bawah setiap slaid</translation>
        </message>
        <message>
            <source>As PDF annotations (a note icon to open)</source>
            <translation>Sebagai anotasi PDF (ikon nota untuk dibuka)</translation>
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
            <translation>Imej PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Lukisan SVG (*.svg)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export map</source>
            <translation>Eksport peta</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Layari…</translation>
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
            <translation>Landskap</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Potret</translation>
        </message>
        <message>
            <source>Fit the map on one page</source>
            <translation>Muatkan peta pada satu halaman</translation>
        </message>
        <message>
            <source>Tile at full size across sheets (to assemble)</source>
            <translation>Jubin pada saiz penuh merentasi beberapa helaian (untuk dicantumkan)</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <source>Page &amp;size:</source>
            <translation>Saiz &amp;halaman:</translation>
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
            <translation>&amp;Jidar:</translation>
        </message>
        <message>
            <source>Sections:</source>
            <translation>Bahagian:</translation>
        </message>
        <message>
            <source>When the map would print too small to read, use larger paper or tile it</source>
            <translation>Jika peta akan dicetak terlalu kecil untuk dibaca, gunakan kertas yang lebih besar atau jubinkannya</translation>
        </message>
        <message>
            <source>Card titles under 6 pt: a larger paper of the same family, else full size across sheets</source>
            <translation>Tajuk kad di bawah 6 pt: kertas lebih besar daripada keluarga yang sama, jika tidak, saiz penuh merentasi helaian</translation>
        </message>
        <message>
            <source>Reproducible file (same map, same bytes)</source>
            <translation>Fail boleh dihasilkan semula (peta sama, bait sama)</translation>
        </message>
        <message>
            <source>Slides</source>
            <translation>Slaid</translation>
        </message>
        <message>
            <source>Speaker &amp;notes:</source>
            <translation>&amp;Nota penceramah:</translation>
        </message>
        <message>
            <source>A title slide, one per stage, one per persona's path and the top hotspots, as the presentation (View &gt; Present) steps through them.</source>
            <translation>Slaid tajuk, satu bagi setiap peringkat, satu bagi setiap laluan persona dan titik panas teratas, mengikut urutan persembahan (Paparan &gt; Persembahkan).</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Imej</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>1 map unit = 1 pt, as in the PDF: 72 dpi is the editor at 100 %</source>
            <translation>1 unit peta = 1 pt, seperti dalam PDF: 72 dpi bersamaan penyunting pada 100 %</translation>
        </message>
        <message>
            <source>With the friction heatmap</source>
            <translation>Dengan peta haba geseran</translation>
        </message>
        <message>
            <source>&amp;Resolution:</source>
            <translation>&amp;Resolusi:</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Jadual</translation>
        </message>
        <message>
            <source>Byte-order mark (helps Excel read UTF-8)</source>
            <translation>Tanda tertib bait (membantu Excel membaca UTF-8)</translation>
        </message>
        <message>
            <source>Protect against spreadsheet formulas (= + - @)</source>
            <translation>Lindungi daripada formula hamparan (= + - @)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>Batalkan eksport</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Choose where to save the export.</source>
            <translation>Pilih tempat untuk menyimpan eksport.</translation>
        </message>
        <message>
            <source>The file name must end in .{ext} for a {format} export.</source>
            <translation>Nama fail mesti berakhir dengan .{ext} untuk eksport {format}.</translation>
        </message>
        <message>
            <source>Choose at least one section to print.</source>
            <translation>Pilih sekurang-kurangnya satu bahagian untuk dicetak.</translation>
        </message>
        <message>
            <source>The export failed: {error}</source>
            <translation>Eksport gagal: {error}</translation>
        </message>
        <message>
            <source>Exported to {path}. Note: {notes}.</source>
            <translation>Dieksport ke {path}. Nota: {notes}.</translation>
        </message>
        <message>
            <source>Export again</source>
            <translation>Eksport semula</translation>
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
            <translation>“{name}” sedang dibuka dalam JourneyDesk yang lain.</translation>
        </message>
        <message>
            <source>“{name}” is open in JourneyDesk by {user} on {host} since {when}.</source>
            <translation>“{name}” sedang dibuka dalam JourneyDesk oleh {user} di {host} sejak {when}.</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>seseorang</translation>
        </message>
        <message>
            <source>It is shared in a live session.</source>
            <translation>Ia dikongsi dalam sesi langsung.</translation>
        </message>
        <message>
            <source>Saving here too would overwrite one person's work. Open it read-only, or open a copy to edit.</source>
            <translation>Jika anda turut menyimpan di sini, kerja salah seorang akan ditulis ganti. Buka dalam mod baca sahaja, atau buka salinan untuk disunting.</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Buka Baca Sahaja</translation>
        </message>
        <message>
            <source>Open a Copy</source>
            <translation>Buka Salinan</translation>
        </message>
        <message>
            <source>File changed on disk</source>
            <translation>Fail berubah pada cakera</translation>
        </message>
        <message>
            <source>“{name}” was changed by another program since you opened or saved it.</source>
            <translation>“{name}” telah diubah oleh program lain sejak anda membuka atau menyimpannya.</translation>
        </message>
        <message>
            <source>Its content differs from what you loaded.</source>
            <translation>Kandungannya berbeza daripada yang anda muatkan.</translation>
        </message>
        <message>
            <source>Overwrite it with your map, save yours under a new name, or reload it?</source>
            <translation>Tulis ganti fail itu dengan peta anda, simpan peta anda dengan nama baharu, atau muat semula fail itu?</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Tulis Ganti</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>Simpan Sebagai…</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Muat Semula</translation>
        </message>
        <message>
            <source>“{name}” was changed by another program. Reload it?</source>
            <translation>“{name}” telah diubah oleh program lain. Muat semula?</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Baca sahaja</translation>
        </message>
        <message>
            <source>open elsewhere</source>
            <translation>dibuka di tempat lain</translation>
        </message>
        <message>
            <source>read-only file</source>
            <translation>fail baca sahaja</translation>
        </message>
        <message>
            <source>The file is not there any more (deleted or moved); saving writes it again.</source>
            <translation>Fail ini sudah tiada (dipadam atau dialihkan); menyimpan akan menulisnya semula.</translation>
        </message>
        <message>
            <source>“{name}” was deleted or moved; Save writes it again.</source>
            <translation>“{name}” telah dipadam atau dialihkan; Simpan akan menulisnya semula.</translation>
        </message>
        <message>
            <source>“{name}” changed on disk; saving will ask what to do.</source>
            <translation>“{name}” berubah pada cakera; semasa menyimpan, anda akan ditanya tindakan yang hendak diambil.</translation>
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
            <translation>Temu bual, sistem tiket, tinjauan…</translation>
        </message>
        <message>
            <source>how many (tickets, answers…)</source>
            <translation>berapa banyak (tiket, jawapan…)</translation>
        </message>
    </context>
    <context>
        <name>FrictionPanel</name>
        <message>
            <source>Friction</source>
            <translation>Geseran</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Pada</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Tahap keterukan</translation>
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
            <translation>Tapis geseran</translation>
        </message>
        <message>
            <source>Filter frictions…</source>
            <translation>Tapis geseran…</translation>
        </message>
        <message>
            <source>Any severity</source>
            <translation>Semua tahap keterukan</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>Belum selesai</translation>
        </message>
        <message>
            <source>+ Add</source>
            <translation>+ Tambah</translation>
        </message>
        <message>
            <source>Add a friction to the selected card or link</source>
            <translation>Tambah geseran pada kad atau pautan yang dipilih</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Padam</translation>
        </message>
        <message>
            <source>Friction register</source>
            <translation>Daftar geseran</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} daripada {total}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln friction(s)</source>
            <translation>
                <numerusform>%Ln geseran</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a card or link first</source>
            <translation>Pilih kad atau pautan terlebih dahulu</translation>
        </message>
        <message>
            <source>New friction</source>
            <translation>Geseran baharu</translation>
        </message>
        <message>
            <source>Add friction</source>
            <translation>Tambah geseran</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln friction(s)</source>
            <translation>
                <numerusform>Padam %Ln geseran</numerusform>
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
            <translation>Panduan pengguna tidak dipasang bersama salinan JourneyDesk ini.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Hamparan (*.csv *.tsv *.txt *.xlsx);;Semua fail (*)</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(tidak diimport)</translation>
        </message>
        <message>
            <source>Emotion of {persona}</source>
            <translation>Emosi {persona}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tajuk</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Lorong</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Saluran</translation>
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
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Conversion %</source>
            <translation>Kadar penukaran %</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>Geseran</translation>
        </message>
        <message>
            <source>Friction severity</source>
            <translation>Tahap keterukan geseran</translation>
        </message>
        <message>
            <source>Friction category</source>
            <translation>Kategori geseran</translation>
        </message>
        <message>
            <source>Friction status</source>
            <translation>Status geseran</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Bukti</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>Detik penentu</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Import {file}</source>
            <translation>Import {file}</translation>
        </message>
        <message>
            <source>Detect from the header row</source>
            <translation>Kesan daripada baris pengepala</translation>
        </message>
        <message>
            <source>One touchpoint per row</source>
            <translation>Satu titik sentuhan setiap baris</translation>
        </message>
        <message>
            <source>Grid: stages across, lanes down</source>
            <translation>Grid: peringkat melintang, lorong menegak</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fail:</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Helaian:</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>Susun atur:</translation>
        </message>
        <message>
            <source>A new map</source>
            <translation>Peta baharu</translation>
        </message>
        <message>
            <source>The open map, “{title}” (one undo step)</source>
            <translation>Peta yang dibuka, “{title}” (satu langkah buat asal)</translation>
        </message>
        <message>
            <source>Import into:</source>
            <translation>Import ke dalam:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>CSV, {delimiter} separated, {encoding}</source>
            <translation>CSV, dipisahkan dengan {delimiter}, {encoding}</translation>
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
            <translation>koma bernoktah</translation>
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
            <translation>(CSV: satu helaian)</translation>
        </message>
        <message>
            <source>Read as a grid: stage names across the first row, lane names down the first column, card texts in the cells (several cards in a cell separated by blank lines or bullets).</source>
            <translation>Dibaca sebagai grid: nama peringkat merentasi baris pertama, nama lorong menuruni lajur pertama, teks kad di dalam sel (beberapa kad dalam satu sel dipisahkan dengan baris kosong atau titik tumpu).</translation>
        </message>
        <message>
            <source>Choose which column holds the touchpoint titles.</source>
            <translation>Pilih lajur yang mengandungi tajuk titik sentuhan.</translation>
        </message>
        <message>
            <source>One touchpoint per row. Choose what each column holds; columns left “not imported” are skipped.</source>
            <translation>Satu titik sentuhan setiap baris. Pilih kandungan setiap lajur; lajur yang dibiarkan “tidak diimport” akan dilangkau.</translation>
        </message>
        <message>
            <source>This sheet cannot be read:</source>
            <translation>Helaian ini tidak dapat dibaca:</translation>
        </message>
        <message>
            <source>Some rows cannot be imported</source>
            <translation>Sesetengah baris tidak dapat diimport</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) cannot be imported (listed in the dialog).</source>
            <translation>
                <numerusform>%Ln baris tidak dapat diimport (disenaraikan dalam dialog).</numerusform>
            </translation>
        </message>
        <message>
            <source>Skip them and import the other rows?</source>
            <translation>Langkau baris tersebut dan import baris yang lain?</translation>
        </message>
        <message>
            <source>Nothing imported:</source>
            <translation>Tiada apa-apa diimport:</translation>
        </message>
        <message>
            <source>There is nothing to import in this file.</source>
            <translation>Tiada apa-apa untuk diimport dalam fail ini.</translation>
        </message>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Import hamparan</translation>
        </message>
        <message numerus="yes">
            <source>Import %Ln touchpoint(s)</source>
            <translation>
                <numerusform>Import %Ln titik sentuhan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln touchpoint(s)</source>
            <translation>
                <numerusform>%Ln titik sentuhan diimport</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not import the spreadsheet</source>
            <translation>Tidak dapat mengimport hamparan</translation>
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
                <numerusform>%Ln baris tidak dapat diimport:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Map details</source>
            <translation>Butiran peta</translation>
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
            <translation>{field} mesti nombor bulat (atau kosong)</translation>
        </message>
        <message>
            <source>{field} must be a number (or empty)</source>
            <translation>{field} mesti nombor (atau kosong)</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa tajuk)</translation>
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
            <translation>Tajuk</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Kandungan</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Lorong</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuhan</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Pautan</translation>
        </message>
        <message>
            <source>Frictions</source>
            <translation>Geseran</translation>
        </message>
        <message>
            <source>{count} ({open} open)</source>
            <translation>{count} ({open} terbuka)</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Titik sentuhan</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Kedudukan</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Lorong</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Saluran</translation>
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
            <translation>Emosi setiap persona</translation>
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
            <translation>Detik penentu</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>(unnamed stage)</source>
            <translation>(peringkat tanpa nama)</translation>
        </message>
        <message>
            <source>(unnamed lane)</source>
            <translation>(lorong tanpa nama)</translation>
        </message>
        <message>
            <source>(no channel)</source>
            <translation>(tiada saluran)</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(tanpa nama)</translation>
        </message>
        <message>
            <source>New channel…</source>
            <translation>Saluran baharu…</translation>
        </message>
        <message>
            <source>(unnamed persona)</source>
            <translation>(persona tanpa nama)</translation>
        </message>
        <message>
            <source>Emotion of {persona} at this touchpoint (-3 … +3)</source>
            <translation>Emosi {persona} pada titik sentuhan ini (-3 … +3)</translation>
        </message>
        <message>
            <source>Move card to another stage</source>
            <translation>Alih kad ke peringkat lain</translation>
        </message>
        <message>
            <source>Move card to another lane</source>
            <translation>Alih kad ke lorong lain</translation>
        </message>
        <message>
            <source>New channel</source>
            <translation>Saluran baharu</translation>
        </message>
        <message>
            <source>Channel name:</source>
            <translation>Nama saluran:</translation>
        </message>
        <message>
            <source>Set channel</source>
            <translation>Tetapkan saluran</translation>
        </message>
        <message>
            <source>Add channel</source>
            <translation>Tambah saluran</translation>
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
            <translation>Peranan</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Warna</translation>
        </message>
        <message>
            <source>Goals (one per line)</source>
            <translation>Matlamat (satu setiap baris)</translation>
        </message>
        <message>
            <source>Needs (one per line)</source>
            <translation>Keperluan (satu setiap baris)</translation>
        </message>
        <message>
            <source>Frustrations (one per line)</source>
            <translation>Kekecewaan (satu setiap baris)</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Petikan</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Tunjuk</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Pautan</translation>
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
            <translation>Geseran</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Pada</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Apa yang berlaku</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Tahap keterukan</translation>
        </message>
        <message>
            <source>Category (or type your own)</source>
            <translation>Kategori (atau taip kategori sendiri)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Opportunity (the fix)</source>
            <translation>Peluang (cara membaikinya)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Bilangan</translation>
        </message>
        <message>
            <source>Count must be a whole number of 0 or more</source>
            <translation>Bilangan mesti nombor bulat 0 atau lebih</translation>
        </message>
        <message>
            <source>{title} (link)</source>
            <translation>{title} (pautan)</translation>
        </message>
        <message>
            <source>{title} (touchpoint)</source>
            <translation>{title} (titik sentuhan)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln item</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Guest</source>
            <translation>Tetamu</translation>
        </message>
        <message>
            <source>Join Live</source>
            <translation>Sertai Sesi Langsung</translation>
        </message>
        <message>
            <source>192.168.1.20:8765 K7QM-2X9D, or a ws:// link</source>
            <translation>192.168.1.20:8765 K7QM-2X9D, atau pautan ws://</translation>
        </message>
        <message>
            <source>Session:</source>
            <translation>Sesi:</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>Nama anda:</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Sertai</translation>
        </message>
        <message>
            <source>Sessions on this network:</source>
            <translation>Sesi pada rangkaian ini:</translation>
        </message>
        <message>
            <source>Workshop: {title} ({address})</source>
            <translation>Bengkel: {title} ({address})</translation>
        </message>
        <message>
            <source>Type the code and address the host shows.</source>
            <translation>Taip kod dan alamat yang ditunjukkan oleh hos.</translation>
        </message>
        <message>
            <source>Type the host's address and the 8-letter code, e.g. 192.168.1.20 K7QM-2X9D</source>
            <translation>Taip alamat hos dan kod 8 aksara, cth. 192.168.1.20 K7QM-2X9D</translation>
        </message>
        <message>
            <source>Type the name the others will see.</source>
            <translation>Taip nama yang akan dilihat oleh orang lain.</translation>
        </message>
    </context>
    <context>
        <name>LinkDrag</name>
        <message>
            <source>Add link</source>
            <translation>Tambah pautan</translation>
        </message>
    </context>
    <context>
        <name>Live</name>
        <message>
            <source>The host is presenting: this session is read-only for now</source>
            <translation>Hos sedang membuat persembahan: sesi ini baca sahaja buat masa ini</translation>
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
            <translation>Komen</translation>
        </message>
        <message>
            <source>The live session ended: another map was opened in this window.</source>
            <translation>Sesi langsung tamat: peta lain telah dibuka dalam tetingkap ini.</translation>
        </message>
        <message>
            <source>Joined “{title}”</source>
            <translation>Telah menyertai “{title}”</translation>
        </message>
        <message>
            <source>Share &amp;Live…</source>
            <translation>Kongsi Secara &amp;Langsung…</translation>
        </message>
        <message>
            <source>Let a room of laptops edit this map with you, on this network</source>
            <translation>Benarkan sebilik komputer riba menyunting peta ini bersama anda, melalui rangkaian ini</translation>
        </message>
        <message>
            <source>&amp;Join Live…</source>
            <translation>Se&amp;rtai Sesi Langsung…</translation>
        </message>
        <message>
            <source>End Li&amp;ve Session</source>
            <translation>Tamatkan Sesi Lan&amp;gsung</translation>
        </message>
        <message>
            <source>Save a Cop&amp;y…</source>
            <translation>Sim&amp;pan Salinan…</translation>
        </message>
        <message>
            <source>Lea&amp;ve Live Session</source>
            <translation>Tinggalkan Sesi Lan&amp;gsung</translation>
        </message>
        <message>
            <source>The host removed you from the session. The map here is now your own copy.</source>
            <translation>Hos telah mengeluarkan anda daripada sesi. Peta di sini kini salinan anda sendiri.</translation>
        </message>
        <message>
            <source>The host ended the session. The map here is now your own copy.</source>
            <translation>Hos telah menamatkan sesi. Peta di sini kini salinan anda sendiri.</translation>
        </message>
        <message>
            <source>Could not join: {why}</source>
            <translation>Tidak dapat menyertai: {why}</translation>
        </message>
        <message>
            <source>The live session is closed.</source>
            <translation>Sesi langsung telah ditutup.</translation>
        </message>
        <message>
            <source>Could not join the session</source>
            <translation>Tidak dapat menyertai sesi</translation>
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
            <translation>Sesi langsung tamat. Peta kekal di sini sebagai fail biasa.</translation>
        </message>
        <message>
            <source>You left the live session. The map here is now your own copy.</source>
            <translation>Anda telah meninggalkan sesi langsung. Peta di sini kini salinan anda sendiri.</translation>
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
            <translation>Pemeriksa</translation>
        </message>
        <message>
            <source>Friction register</source>
            <translation>Daftar geseran</translation>
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
            <translation>Tanpa tajuk</translation>
        </message>
        <message>
            <source>{name} (read-only)</source>
            <translation>{name} (baca sahaja)</translation>
        </message>
    </context>
    <context>
        <name>MapEditor</name>
        <message>
            <source>New touchpoint</source>
            <translation>Titik sentuhan baharu</translation>
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation>Tambah titik sentuhan</translation>
        </message>
        <message>
            <source>Stage 1</source>
            <translation>Peringkat 1</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuhan</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation>Persona baharu</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Peringkat baharu</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>Lorong baharu</translation>
        </message>
        <message>
            <source>New friction</source>
            <translation>Geseran baharu</translation>
        </message>
        <message>
            <source>Add friction</source>
            <translation>Tambah geseran</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Namakan semula</translation>
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
            <translation>Kekunci anak panah bergerak antara kad dan pengepala; Bantuan &gt; Pintasan Papan Kekunci menyenaraikan setiap kekunci.</translation>
        </message>
    </context>
    <context>
        <name>MultiPage</name>
        <message numerus="yes">
            <source>%Ln item(s) selected</source>
            <translation>
                <numerusform>%Ln item dipilih</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Touchpoint</source>
            <translation>Titik sentuhan</translation>
        </message>
        <message>
            <source>A moment where the customer meets the brand. Drop it into a cell.</source>
            <translation>Detik pelanggan berinteraksi dengan jenama. Lepaskannya ke dalam sel.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <source>A column of the journey. Drop it between stage headers.</source>
            <translation>Satu lajur perjalanan. Lepaskannya di antara pengepala peringkat.</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Lorong</translation>
        </message>
        <message>
            <source>A row of the map. Drop it between lane headers.</source>
            <translation>Satu baris peta. Lepaskannya di antara pengepala lorong.</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>A kind of customer. Drop it anywhere on the map.</source>
            <translation>Satu jenis pelanggan. Lepaskannya di mana-mana pada peta.</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>Geseran</translation>
        </message>
        <message>
            <source>A pain point. Drop it onto a card or a link.</source>
            <translation>Titik kesakitan pelanggan. Lepaskannya pada kad atau pautan.</translation>
        </message>
        <message>
            <source>Link tool</source>
            <translation>Alat pautan</translation>
        </message>
        <message>
            <source>Drag from one card to another to link them (L).</source>
            <translation>Seret dari satu kad ke kad lain untuk memautkannya (L).</translation>
        </message>
        <message>
            <source>Or press Enter to add one where the selection is.</source>
            <translation>Atau tekan Enter untuk menambah satu di tempat pilihan semasa.</translation>
        </message>
        <message>
            <source>Palette</source>
            <translation>Palet</translation>
        </message>
        <message>
            <source>Add to map</source>
            <translation>Tambah ke peta</translation>
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
            <translation>Baca sahaja untuk peserta</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Keluarkan</translation>
        </message>
        <message>
            <source>Close this person's connection; they cannot join this session again</source>
            <translation>Tutup sambungan orang ini; mereka tidak boleh menyertai sesi ini lagi</translation>
        </message>
        <message>
            <source>Save a Copy…</source>
            <translation>Simpan Salinan…</translation>
        </message>
        <message>
            <source>End Session</source>
            <translation>Tamatkan Sesi</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Tinggalkan</translation>
        </message>
        <message>
            <source>Not in a live session. File &gt; Share Live… or Join Live…</source>
            <translation>Tidak berada dalam sesi langsung. Fail &gt; Kongsi Secara Langsung… atau Sertai Sesi Langsung…</translation>
        </message>
        <message>
            <source>(host)</source>
            <translation>(hos)</translation>
        </message>
        <message>
            <source>(you)</source>
            <translation>(anda)</translation>
        </message>
        <message>
            <source>editing “{card}”</source>
            <translation>menyunting “{card}”</translation>
        </message>
        <message>
            <source>Offline: keep editing; your changes are sent when the connection is back.</source>
            <translation>Luar talian: teruskan menyunting; perubahan anda akan dihantar apabila sambungan pulih.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Menyambung…</translation>
        </message>
        <message>
            <source>The session is over.</source>
            <translation>Sesi telah tamat.</translation>
        </message>
        <message numerus="yes">
            <source>Live · %Ln online</source>
            <translation>
                <numerusform>Langsung · %Ln dalam talian</numerusform>
            </translation>
        </message>
        <message>
            <source>code {code}</source>
            <translation>kod {code}</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>baca sahaja</translation>
        </message>
    </context>
    <context>
        <name>PersonaPage</name>
        <message>
            <source>Student, small business owner…</source>
            <translation>Pelajar, pemilik perniagaan kecil…</translation>
        </message>
        <message>
            <source>“In their own words…”</source>
            <translation>“Dalam kata-kata mereka sendiri…”</translation>
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
            <translation>Tambah persona</translation>
        </message>
        <message>
            <source>Delete the persona (undoable)</source>
            <translation>Padam persona (boleh dibuat asal)</translation>
        </message>
        <message>
            <source>Choose the persona's colour</source>
            <translation>Pilih warna persona</translation>
        </message>
        <message>
            <source>Edit the persona in the inspector</source>
            <translation>Sunting persona dalam pemeriksa</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Alih ke atas</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Alih ke bawah</translation>
        </message>
        <message>
            <source>All personas</source>
            <translation>Semua persona</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation>Persona baharu</translation>
        </message>
        <message>
            <source>New persona {number}</source>
            <translation>Persona baharu {number}</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Tambah persona</translation>
        </message>
        <message>
            <source>Rename persona</source>
            <translation>Namakan semula persona</translation>
        </message>
        <message>
            <source>Delete persona</source>
            <translation>Padam persona</translation>
        </message>
        <message>
            <source>Persona colour</source>
            <translation>Warna persona</translation>
        </message>
        <message>
            <source>Move persona</source>
            <translation>Alih persona</translation>
        </message>
    </context>
    <context>
        <name>PointDrag</name>
        <message>
            <source>Set emotion</source>
            <translation>Tetapkan emosi</translation>
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
            <translation>Cerah</translation>
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
            <translation>Keutamaan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Pulihkan Lalai</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Antara muka</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Bahasa:</translation>
        </message>
        <message>
            <source>The language changes the next time JourneyDesk starts.</source>
            <translation>Bahasa bertukar apabila JourneyDesk dibuka semula.</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>Keeping work safe</source>
            <translation>Memastikan kerja selamat</translation>
        </message>
        <message>
            <source>Keep a &amp;recovery copy of unsaved maps</source>
            <translation>Simpan salinan &amp;pemulihan peta yang belum disimpan</translation>
        </message>
        <message>
            <source>A copy is kept within a second of each change, away from your files.</source>
            <translation>Salinan disimpan dalam masa sesaat selepas setiap perubahan, berasingan daripada fail anda.</translation>
        </message>
        <message>
            <source>Keep &amp;backups of previous versions when saving</source>
            <translation>Simpan &amp;sandaran versi terdahulu semasa menyimpan</translation>
        </message>
        <message>
            <source>Previous versions to keep</source>
            <translation>Bilangan versi terdahulu yang disimpan</translation>
        </message>
        <message>
            <source>&amp;Versions to keep:</source>
            <translation>&amp;Versi yang disimpan:</translation>
        </message>
        <message>
            <source>Kept beside the map as NAME~, NAME~2, …</source>
            <translation>Disimpan di sebelah peta sebagai NAME~, NAME~2, …</translation>
        </message>
        <message>
            <source>Files and export</source>
            <translation>Fail dan eksport</translation>
        </message>
        <message>
            <source>Default &amp;page size:</source>
            <translation>Saiz &amp;halaman lalai:</translation>
        </message>
        <message>
            <source>Maps listed in Open Recent</source>
            <translation>Bilangan peta dalam Buka Terkini</translation>
        </message>
        <message>
            <source>Maps in Open &amp;Recent:</source>
            <translation>Peta dalam Buka &amp;Terkini:</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>This map has no personas</source>
            <translation>Peta ini tiada persona</translation>
        </message>
        <message>
            <source>Theme: {name}</source>
            <translation>Tema: {name}</translation>
        </message>
        <message>
            <source>Untitled stage</source>
            <translation>Peringkat tanpa tajuk</translation>
        </message>
        <message>
            <source>Untitled lane</source>
            <translation>Lorong tanpa tajuk</translation>
        </message>
        <message>
            <source>? keys</source>
            <translation>? kekunci</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>{persona}: walk-through</source>
            <translation>{persona}: jelajah perjalanan</translation>
        </message>
        <message>
            <source>Friction tour</source>
            <translation>Jelajah geseran</translation>
        </message>
        <message numerus="yes">
            <source>+ %Ln more</source>
            <translation>
                <numerusform>+ %Ln lagi</numerusform>
            </translation>
        </message>
        <message>
            <source>Untitled friction</source>
            <translation>Geseran tanpa tajuk</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Matlamat</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>Kekecewaan</translation>
        </message>
        <message>
            <source>Frictions met here</source>
            <translation>Geseran yang dihadapi di sini</translation>
        </message>
        <message>
            <source>No friction here</source>
            <translation>Tiada geseran di sini</translation>
        </message>
        <message>
            <source>Why it ranks here</source>
            <translation>Sebab kedudukannya di sini</translation>
        </message>
        <message>
            <source>Open frictions</source>
            <translation>Geseran terbuka</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuhan</translation>
        </message>
        <message>
            <source>Critical or major</source>
            <translation>Kritikal atau serius</translation>
        </message>
        <message>
            <source>Channel switches</source>
            <translation>Pertukaran saluran</translation>
        </message>
        <message>
            <source>Moments of truth</source>
            <translation>Detik penentu</translation>
        </message>
        <message>
            <source>No metrics</source>
            <translation>Tiada metrik</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Hotspots</source>
            <translation>Titik panas</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metrik</translation>
        </message>
        <message>
            <source>Speaker notes</source>
            <translation>Nota penceramah</translation>
        </message>
        <message>
            <source>No notes for this step.</source>
            <translation>Tiada nota untuk langkah ini.</translation>
        </message>
        <message>
            <source>Walk through a persona's journey</source>
            <translation>Jelajahi perjalanan persona</translation>
        </message>
        <message>
            <source>Back to the stages</source>
            <translation>Kembali ke peringkat</translation>
        </message>
        <message>
            <source>on</source>
            <translation>hidup</translation>
        </message>
        <message>
            <source>off</source>
            <translation>mati</translation>
        </message>
        <message>
            <source>Right, Down, PageDown, Space, Enter</source>
            <translation>Kanan, Bawah, PageDown, Space, Enter</translation>
        </message>
        <message>
            <source>next</source>
            <translation>seterusnya</translation>
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
            <translation>pergi ke peringkat (0: gambaran keseluruhan)</translation>
        </message>
        <message>
            <source>walk through a persona's path</source>
            <translation>jelajahi laluan persona</translation>
        </message>
        <message>
            <source>friction tour, worst first (again: back)</source>
            <translation>jelajah geseran, yang paling teruk dahulu (tekan lagi: kembali)</translation>
        </message>
        <message>
            <source>frictions</source>
            <translation>geseran</translation>
        </message>
        <message>
            <source>heatmap</source>
            <translation>peta haba</translation>
        </message>
        <message>
            <source>emotion curves</source>
            <translation>lengkung emosi</translation>
        </message>
        <message>
            <source>metrics</source>
            <translation>metrik</translation>
        </message>
        <message>
            <source>speaker notes</source>
            <translation>nota penceramah</translation>
        </message>
        <message>
            <source>pointer highlight</source>
            <translation>sorotan penuding</translation>
        </message>
        <message>
            <source>theme: {name}</source>
            <translation>tema: {name}</translation>
        </message>
        <message>
            <source>quick capture: an idea or a friction where the room points</source>
            <translation>catatan pantas: idea atau geseran di tempat yang ditunjuk oleh hadirin</translation>
        </message>
        <message>
            <source>take back the last capture</source>
            <translation>tarik balik catatan terakhir</translation>
        </message>
        <message>
            <source>black / white screen</source>
            <translation>skrin hitam / putih</translation>
        </message>
        <message>
            <source>move to the other screen</source>
            <translation>alih ke skrin lain</translation>
        </message>
        <message>
            <source>this list</source>
            <translation>senarai ini</translation>
        </message>
        <message>
            <source>leave: the editor comes back as it was</source>
            <translation>keluar: penyunting kembali seperti sebelumnya</translation>
        </message>
        <message>
            <source>Presenting: keys</source>
            <translation>Persembahan: kekunci</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <source>{title} — presenting</source>
            <translation>{title} — persembahan</translation>
        </message>
        <message>
            <source>There is only one screen</source>
            <translation>Hanya ada satu skrin</translation>
        </message>
        <message>
            <source>On the card “{title}”</source>
            <translation>Pada kad “{title}”</translation>
        </message>
        <message>
            <source>On the link the step is about</source>
            <translation>Pada pautan yang menjadi topik langkah ini</translation>
        </message>
        <message>
            <source>No card pointed at: an idea goes on the stage “{name}”</source>
            <translation>Tiada kad ditunjuk: idea akan diletakkan pada peringkat “{name}”</translation>
        </message>
        <message>
            <source>No card pointed at: an idea goes on the map</source>
            <translation>Tiada kad ditunjuk: idea akan diletakkan pada peta</translation>
        </message>
        <message>
            <source>Point at a card to capture a friction (Tab: an idea)</source>
            <translation>Tunjuk pada kad untuk mencatat geseran (Tab: idea)</translation>
        </message>
        <message>
            <source>Friction captured</source>
            <translation>Geseran dicatat</translation>
        </message>
        <message>
            <source>Idea captured</source>
            <translation>Idea dicatat</translation>
        </message>
        <message>
            <source>Ctrl+Z takes it back</source>
            <translation>Ctrl+Z menarik baliknya</translation>
        </message>
        <message>
            <source>Nothing captured here to take back</source>
            <translation>Tiada catatan di sini untuk ditarik balik</translation>
        </message>
        <message>
            <source>Capture taken back</source>
            <translation>Catatan ditarik balik</translation>
        </message>
    </context>
    <context>
        <name>PresenterConsole</name>
        <message>
            <source>Presenter console</source>
            <translation>Konsol penyampai</translation>
        </message>
        <message>
            <source>No notes for this step.</source>
            <translation>Tiada nota untuk langkah ini.</translation>
        </message>
        <message>
            <source>Next: {title} ({progress})</source>
            <translation>Seterusnya: {title} ({progress})</translation>
        </message>
        <message>
            <source>Next: the end of this tour</source>
            <translation>Seterusnya: penghujung jelajah ini</translation>
        </message>
        <message>
            <source>{minutes}:{seconds} since the start</source>
            <translation>{minutes}:{seconds} sejak mula</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <source>Presentation</source>
            <translation>Persembahan</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Pemacu</translation>
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
            <translation>&amp;Rona:</translation>
        </message>
        <message>
            <source>&amp;Sat:</source>
            <translation>&amp;Tepu:</translation>
        </message>
        <message>
            <source>&amp;Val:</source>
            <translation>&amp;Nilai:</translation>
        </message>
        <message>
            <source>&amp;Red:</source>
            <translation>&amp;Merah:</translation>
        </message>
        <message>
            <source>&amp;Green:</source>
            <translation>&amp;Hijau:</translation>
        </message>
        <message>
            <source>Bl&amp;ue:</source>
            <translation>&amp;Biru:</translation>
        </message>
        <message>
            <source>A&amp;lpha channel:</source>
            <translation>Saluran &amp;alfa:</translation>
        </message>
        <message>
            <source>&amp;HTML:</source>
            <translation>HTM&amp;L:</translation>
        </message>
        <message>
            <source>&amp;Basic colors</source>
            <translation>Warna a&amp;sas</translation>
        </message>
        <message>
            <source>&amp;Custom colors</source>
            <translation>Warna ters&amp;uai</translation>
        </message>
        <message>
            <source>&amp;Add to Custom Colors</source>
            <translation>Tambah ke Warna Tersua&amp;i</translation>
        </message>
        <message>
            <source>&amp;Pick Screen Color</source>
            <translation>&amp;Pilih Warna Skrin</translation>
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
            <translation>Menutup widget dok</translation>
        </message>
        <message>
            <source>Float</source>
            <translation>Apungkan</translation>
        </message>
        <message>
            <source>Undocks and re-attaches the dock widget</source>
            <translation>Menyahdok dan memasang semula widget dok</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Cari dalam:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Undur</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Kembali</translation>
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
            <translation>Pergi ke hadapan</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Direktori Induk</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Pergi ke direktori induk</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Cipta Folder Baharu</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Cipta folder baharu</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Paparan Senarai</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Tukar ke mod paparan senarai</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Paparan Terperinci</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Tukar ke mod paparan terperinci</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Palang Sisi</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Senarai tempat dan tanda buku</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fail</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Jenis fail:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nama fail:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Semua Fail (*)</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Tunjuk </translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Namakan semula</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Padam</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Tunjuk fail &amp;tersembunyi</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Folder &amp;Baharu</translation>
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
            <translation>Saiz</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Tarikh Diubah Suai</translation>
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
            <translation>&amp;Buat asal</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Buat se&amp;mula</translation>
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
            <translation>&amp;Tampal</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Padam</translation>
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
            <translation>Tunjuk Butiran...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Sembunyi Butiran...</translation>
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
            <translation>Guna</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Tetap Semula</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Pulihkan Lalai</translation>
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
            <translation>Tidak untuk Se&amp;mua</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Henti Paksa</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Cuba Semula</translation>
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
            <translation>Space</translation>
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
            <translation>Left</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Right</translation>
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
            <translation>Down</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Buat asal</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Buat se&amp;mula</translation>
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
            <translation>&amp;Tampal</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Padam</translation>
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
            <translation>skala mesti antara 0.01 hingga 50 (diberi {scale})</translation>
        </message>
        <message>
            <source>dpi must be from 10 to 1200 (got {dpi})</source>
            <translation>dpi mesti antara 10 hingga 1200 (diberi {dpi})</translation>
        </message>
        <message>
            <source>{path}: the image would be {width} x {height} pixels, too large; use a dpi of {dpi} or less (or export a PDF, which has no such limit)</source>
            <translation>{path}: imej akan bersaiz {width} x {height} piksel, terlalu besar; gunakan dpi {dpi} atau kurang (atau eksport PDF, yang tiada had sedemikian)</translation>
        </message>
        <message>
            <source>{path}: not enough memory for a {width} x {height} pixel image</source>
            <translation>{path}: memori tidak mencukupi untuk imej {width} x {height} piksel</translation>
        </message>
        <message>
            <source>{path}: the PNG could not be written (is the disk full?)</source>
            <translation>{path}: PNG tidak dapat ditulis (adakah cakera penuh?)</translation>
        </message>
        <message>
            <source>Journey map</source>
            <translation>Peta perjalanan</translation>
        </message>
        <message>
            <source>Customer journey map exported by JourneyDesk</source>
            <translation>Peta perjalanan pelanggan yang dieksport oleh JourneyDesk</translation>
        </message>
        <message>
            <source>{path}: the SVG could not be written</source>
            <translation>{path}: SVG tidak dapat ditulis</translation>
        </message>
        <message>
            <source>{path}: the SVG could not be written (is the disk full?)</source>
            <translation>{path}: SVG tidak dapat ditulis (adakah cakera penuh?)</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Share Live</source>
            <translation>Kongsi Secara Langsung</translation>
        </message>
        <message>
            <source>Participants choose File &gt; Join Live… and type this code, or scan the QR code.</source>
            <translation>Peserta memilih Fail &gt; Sertai Sesi Langsung… dan menaip kod ini, atau mengimbas kod QR.</translation>
        </message>
        <message>
            <source>Address: {address}:{port}</source>
            <translation>Alamat: {address}:{port}</translation>
        </message>
        <message>
            <source>Copy Join Link</source>
            <translation>Salin Pautan Sertai</translation>
        </message>
        <message>
            <source>Read-only for participants (presenting)</source>
            <translation>Baca sahaja untuk peserta (persembahan)</translation>
        </message>
        <message>
            <source>Announced on this network as “Workshop: {title}”.</source>
            <translation>Diumumkan pada rangkaian ini sebagai “Bengkel: {title}”.</translation>
        </message>
        <message>
            <source>Not announced on the network (mDNS is off or not available): share the code.</source>
            <translation>Tidak diumumkan pada rangkaian (mDNS dimatikan atau tidak tersedia): kongsikan kod itu.</translation>
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
            <translation>Pintasan Papan Kekunci</translation>
        </message>
        <message>
            <source>Tab and Shift+Tab move between the panels and the map; F6 jumps to the next panel. On the map, the arrow keys move between cards and headers.</source>
            <translation>Tab dan Shift+Tab bergerak antara panel dan peta; F6 melompat ke panel seterusnya. Pada peta, kekunci anak panah bergerak antara kad dan pengepala.</translation>
        </message>
        <message>
            <source>Find a command or a key</source>
            <translation>Cari arahan atau kekunci</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Pintasan papan kekunci</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Arahan</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Kekunci</translation>
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
            <translation>Kesedaran</translation>
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
            <translation>Pengekalan</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>Advokasi</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Perjalanan tanpa tajuk</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuhan</translation>
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
            <translation>Pemasaran, Jualan, Sokongan…</translation>
        </message>
        <message>
            <source>A moment that decides whether the customer buys or comes back</source>
            <translation>Detik yang menentukan sama ada pelanggan membeli atau kembali semula</translation>
        </message>
        <message>
            <source>Add personas to record their emotion here.</source>
            <translation>Tambah persona untuk merekodkan emosi mereka di sini.</translation>
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
            <translation>Fail ini baca sahaja</translation>
        </message>
        <message>
            <source>{error}

Your changes are still here.</source>
            <translation>{error}

Perubahan anda masih ada di sini.</translation>
        </message>
        <message>
            <source>Could not save the map</source>
            <translation>Tidak dapat menyimpan peta</translation>
        </message>
        <message>
            <source>{error}

Your changes are still here; try another place or name.</source>
            <translation>{error}

Perubahan anda masih ada di sini; cuba tempat atau nama lain.</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>{name} disimpan</translation>
        </message>
        <message>
            <source>No examples installed</source>
            <translation>Tiada contoh dipasang</translation>
        </message>
        <message>
            <source>No recent maps</source>
            <translation>Tiada peta terkini</translation>
        </message>
        <message>
            <source>Clear Menu</source>
            <translation>Kosongkan Menu</translation>
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
            <translation>geseran kritikal terbuka (tahap keterukan 4) pada {on}</translation>
        </message>
        <message>
            <source>no opportunity (fix) recorded for this friction on {on}</source>
            <translation>tiada peluang (penyelesaian) direkodkan untuk geseran ini pada {on}</translation>
        </message>
        <message>
            <source>touchpoint has no channel</source>
            <translation>titik sentuhan tiada saluran</translation>
        </message>
        <message>
            <source>touchpoint has no owner</source>
            <translation>titik sentuhan tiada pemilik</translation>
        </message>
        <message>
            <source>stage has no touchpoints</source>
            <translation>peringkat tiada titik sentuhan</translation>
        </message>
        <message>
            <source>no touchpoint concerns this persona</source>
            <translation>tiada titik sentuhan yang melibatkan persona ini</translation>
        </message>
        <message>
            <source>volume unknown</source>
            <translation>jumlah tidak diketahui</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln pelanggan</numerusform>
            </translation>
        </message>
        <message>
            <source>on {share} of shortest routes</source>
            <translation>pada {share} laluan terpendek</translation>
        </message>
        <message>
            <source>on ~{share} of shortest routes</source>
            <translation>pada ~{share} laluan terpendek</translation>
        </message>
        <message>
            <source>no touchpoints concern this persona</source>
            <translation>tiada titik sentuhan yang melibatkan persona ini</translation>
        </message>
        <message>
            <source>no links drawn for this persona yet: dead ends and reachability not checked</source>
            <translation>belum ada pautan dilukis untuk persona ini: jalan buntu dan kebolehcapaian tidak disemak</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open friction(s) (max severity {severity})</source>
            <translation>
                <numerusform>%Ln geseran terbuka (keterukan maksimum {severity})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln in progress friction(s) (max severity {severity})</source>
            <translation>
                <numerusform>%Ln geseran dalam tindakan (keterukan maksimum {severity})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln resolved</source>
            <translation>
                <numerusform>%Ln selesai</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s)</source>
            <translation>
                <numerusform>%Ln ralat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln warning(s)</source>
            <translation>
                <numerusform>%Ln amaran</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln nota</numerusform>
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
            <translation>argumen kedudukan</translation>
        </message>
        <message>
            <source>options</source>
            <translation>pilihan</translation>
        </message>
        <message>
            <source>optional arguments</source>
            <translation>argumen pilihan</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>tunjukkan mesej bantuan ini dan keluar</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumen %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumen tidak dikenali: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>tidak dibenarkan bersama argumen %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>argumen eksplisit %r diabaikan</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>argumen berikut diperlukan: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>salah satu daripada argumen %s diperlukan</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>satu argumen dijangka</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>paling banyak satu argumen dijangka</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>sekurang-kurangnya satu argumen dijangka</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>pilihan taksa: %(option)s mungkin sepadan dengan %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>rentetan pilihan tidak dijangka: %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>nilai %(type)s tidak sah: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>pilihan tidak sah: %(value)r (pilih daripada %(choices)s)</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>penghurai tidak dikenali %(parser_name)r (pilihan: %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>tidak dapat membuka '%(filename)s': %(error)s</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: ralat: %(message)s
</translation>
        </message>
        <message>
            <source>expected %s argument(s)</source>
            <translation>%s argumen dijangka</translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message>
            <source>Untitled</source>
            <translation>Tanpa tajuk</translation>
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
            <translation>{prog}: ralat: {message}</translation>
        </message>
        <message>
            <source>JourneyDesk: customer journey maps you can analyse. With no command (or just a FILE), start the editor.</source>
            <translation>JourneyDesk: peta perjalanan pelanggan yang boleh anda analisis. Tanpa arahan (atau dengan FILE sahaja), penyunting akan dimulakan.</translation>
        </message>
        <message>
            <source>Run 'journeydesk COMMAND --help' for a command's options.</source>
            <translation>Jalankan 'journeydesk COMMAND --help' untuk melihat pilihan sesuatu arahan.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>tunjukkan versi dan keluar</translation>
        </message>
        <message>
            <source>the language to speak: {codes} (default: as chosen in Preferences, else the system's)</source>
            <translation>bahasa antara muka: {codes} (lalai: seperti yang dipilih dalam Keutamaan, atau bahasa sistem)</translation>
        </message>
        <message>
            <source>add JourneyDesk to this user's application menu and open .journey.json files with it (Linux; files go under $XDG_DATA_HOME)</source>
            <translation>tambah JourneyDesk ke menu aplikasi pengguna ini dan buka fail .journey.json dengannya (Linux; fail disimpan di bawah $XDG_DATA_HOME)</translation>
        </message>
        <message>
            <source>remove what --install-desktop added</source>
            <translation>buang apa yang ditambah oleh --install-desktop</translation>
        </message>
        <message>
            <source>--lang needs a language: {codes}</source>
            <translation>--lang memerlukan bahasa: {codes}</translation>
        </message>
        <message>
            <source>unknown language {code}; JourneyDesk speaks {codes}</source>
            <translation>bahasa tidak dikenali {code}; JourneyDesk menyokong {codes}</translation>
        </message>
        <message>
            <source>start the app with at most one FILE</source>
            <translation>mulakan aplikasi dengan paling banyak satu FILE</translation>
        </message>
        <message>
            <source>--install-desktop and --uninstall-desktop take no command</source>
            <translation>--install-desktop dan --uninstall-desktop tidak menerima arahan</translation>
        </message>
        <message>
            <source>journeydesk: error: {message}</source>
            <translation>journeydesk: ralat: {message}</translation>
        </message>
        <message>
            <source>journeydesk {command}: error: {message}</source>
            <translation>journeydesk {command}: ralat: {message}</translation>
        </message>
        <message>
            <source>journeydesk {command}: warning: {message}</source>
            <translation>journeydesk {command}: amaran: {message}</translation>
        </message>
        <message>
            <source>{path}: JourneyDesk could not read this file ({what}); please report this</source>
            <translation>{path}: JourneyDesk tidak dapat membaca fail ini ({what}); sila laporkan perkara ini</translation>
        </message>
        <message>
            <source>{path}: JourneyDesk could not import this file ({what}); please report this</source>
            <translation>{path}: JourneyDesk tidak dapat mengimport fail ini ({what}); sila laporkan perkara ini</translation>
        </message>
        <message>
            <source>no display to open a window on (DISPLAY is not set). Start JourneyDesk from a desktop session, or use the headless commands: journeydesk --help</source>
            <translation>tiada paparan untuk membuka tetingkap (DISPLAY tidak ditetapkan). Mulakan JourneyDesk daripada sesi desktop, atau gunakan arahan tanpa antara muka grafik: journeydesk --help</translation>
        </message>
        <message>
            <source>Qt needs system libraries that are missing; install them with: sudo apt-get install {packages}</source>
            <translation>Qt memerlukan pustaka sistem yang tiada; pasangkannya dengan: sudo apt-get install {packages}</translation>
        </message>
        <message>
            <source>journeydesk: cannot start the editor: {problem}</source>
            <translation>journeydesk: tidak dapat memulakan penyunting: {problem}</translation>
        </message>
    </context>
    <context>
        <name>cli.analyze</name>
        <message>
            <source>Analyse a map: friction hotspots, persona paths (dead ends, unreachable touchpoints, loops), channel switches, a scorecard per stage, and lint. Prints a report, or JSON with --json.</source>
            <translation>Analisis peta: titik panas geseran, laluan persona (jalan buntu, titik sentuhan yang tidak boleh dicapai, gelung), pertukaran saluran, kad skor setiap peringkat, dan semakan. Mencetak laporan, atau JSON dengan --json.</translation>
        </message>
        <message>
            <source>Hotspot score = severity load x volume factor x centrality factor: severity summed over open (x1) and in-progress (x0.5) frictions; 1 + log10(1 + volume)/4 where volume is known; 1 + 2 x the share of shortest routes through the item. JSON keys: hotspots, paths, channel_switches, stages, lint. Exit status: 0 analysed, 1 the file could not be read, 2 wrong usage.</source>
            <translation>Skor titik panas = beban keterukan x faktor jumlah x faktor kepusatan: tahap keterukan dijumlahkan bagi geseran terbuka (x1) dan dalam tindakan (x0.5); 1 + log10(1 + jumlah)/4 apabila jumlah diketahui; 1 + 2 x bahagian laluan terpendek yang melalui item itu. Kunci JSON: hotspots, paths, channel_switches, stages, lint. Status keluar: 0 dianalisis, 1 fail tidak dapat dibaca, 2 penggunaan salah.</translation>
        </message>
        <message>
            <source>a map file (*.journey.json)</source>
            <translation>fail peta (*.journey.json)</translation>
        </message>
        <message>
            <source>print JSON (every result, no limit) instead of a report</source>
            <translation>cetak JSON (semua hasil, tanpa had) dan bukannya laporan</translation>
        </message>
        <message>
            <source>in the report, list at most N entries per section (default 20; 0 lists all)</source>
            <translation>dalam laporan, senaraikan paling banyak N entri setiap bahagian (lalai 20; 0 menyenaraikan semua)</translation>
        </message>
        <message>
            <source>must be a whole number (got {text})</source>
            <translation>mesti nombor bulat (diberi {text})</translation>
        </message>
        <message>
            <source>must be 0 or more</source>
            <translation>mesti 0 atau lebih</translation>
        </message>
        <message>
            <source>... and {count} more (--limit 0 lists all, --json gives everything)</source>
            <translation>... dan {count} lagi (--limit 0 menyenaraikan semua, --json memberikan segala-galanya)</translation>
        </message>
        <message>
            <source>... {count} more</source>
            <translation>... {count} lagi</translation>
        </message>
        <message>
            <source>FRICTION HOTSPOTS ({count})</source>
            <translation>TITIK PANAS GESERAN ({count})</translation>
        </message>
        <message>
            <source>no unresolved friction</source>
            <translation>tiada geseran yang belum selesai</translation>
        </message>
        <message>
            <source>score = severity load x volume factor x centrality factor (journeydesk analyze --help)</source>
            <translation>skor = beban keterukan x faktor jumlah x faktor kepusatan (journeydesk analyze --help)</translation>
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
            <translation>Item</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Sebab</translation>
        </message>
        <message>
            <source>PERSONA PATHS</source>
            <translation>LALUAN PERSONA</translation>
        </message>
        <message>
            <source>{touchpoints}, {links}</source>
            <translation>{touchpoints}, {links}</translation>
        </message>
        <message>
            <source>{count} in {stage}: {names}</source>
            <translation>{count} dalam {stage}: {names}</translation>
        </message>
        <message>
            <source>starts at</source>
            <translation>bermula di</translation>
        </message>
        <message>
            <source>dead ends</source>
            <translation>jalan buntu</translation>
        </message>
        <message>
            <source>unreachable</source>
            <translation>tidak boleh dicapai</translation>
        </message>
        <message>
            <source>loops</source>
            <translation>gelung</translation>
        </message>
        <message>
            <source>note: {note}</source>
            <translation>nota: {note}</translation>
        </message>
        <message>
            <source>CHANNEL SWITCHES ({total}; {flagged} with friction)</source>
            <translation>PERTUKARAN SALURAN ({total}; {flagged} dengan geseran)</translation>
        </message>
        <message>
            <source>Switches</source>
            <translation>Pertukaran</translation>
        </message>
        <message>
            <source>With friction</source>
            <translation>Dengan geseran</translation>
        </message>
        <message>
            <source>Channel breaks</source>
            <translation>Pemutusan saluran</translation>
        </message>
        <message>
            <source>Switches with friction (channel breaks first):</source>
            <translation>Pertukaran dengan geseran (pemutusan saluran didahulukan):</translation>
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
            <translation>Saluran</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>Geseran</translation>
        </message>
        <message>
            <source>{count} (max severity {severity}); channel break</source>
            <translation>{count} (keterukan maksimum {severity}); pemutusan saluran</translation>
        </message>
        <message>
            <source>{count} (max severity {severity})</source>
            <translation>{count} (keterukan maksimum {severity})</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuhan</translation>
        </message>
        <message>
            <source>Friction 4/3/2/1</source>
            <translation>Geseran 4/3/2/1</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Moments of truth</source>
            <translation>Detik penentu</translation>
        </message>
        <message>
            <source>STAGE SCORECARD</source>
            <translation>KAD SKOR PERINGKAT</translation>
        </message>
        <message>
            <source>Average emotion (-3..+3) per persona:</source>
            <translation>Emosi purata (-3..+3) setiap persona:</translation>
        </message>
        <message>
            <source>nothing to report</source>
            <translation>tiada apa-apa untuk dilaporkan</translation>
        </message>
        <message>
            <source>LINT ({summary})</source>
            <translation>SEMAKAN ({summary})</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Peraturan</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mesej</translation>
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
            <translation>journeydesk: integrasi desktop adalah untuk Linux dan sistem freedesktop yang lain; bagi Windows dan macOS, lihat packaging/README.md</translation>
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
            <translation>Bandingkan dua versi peta mengikut id: item yang ditambah, dibuang dan diubah, medan demi medan; kad yang dialihkan atau disusun semula; perubahan metrik dan emosi beserta arahnya.</translation>
        </message>
        <message>
            <source>The map's created and modified stamps are not compared. Exit status: 0 equal, 1 different, 2 a file could not be read (or wrong usage).</source>
            <translation>Cap masa dicipta dan diubah suai peta tidak dibandingkan. Status keluar: 0 sama, 1 berbeza, 2 fail tidak dapat dibaca (atau penggunaan salah).</translation>
        </message>
        <message>
            <source>the earlier map</source>
            <translation>peta yang lebih awal</translation>
        </message>
        <message>
            <source>the later map</source>
            <translation>peta yang lebih baharu</translation>
        </message>
        <message>
            <source>print JSON instead of a report</source>
            <translation>cetak JSON dan bukannya laporan</translation>
        </message>
    </context>
    <context>
        <name>cli.export</name>
        <message>
            <source>unknown page size {size} (choose {sizes})</source>
            <translation>saiz halaman tidak dikenali {size} (pilih {sizes})</translation>
        </message>
        <message>
            <source>{path}: CSV, {rows}</source>
            <translation>{path}: CSV, {rows}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s)</source>
            <translation>
                <numerusform>%Ln titik sentuhan</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: {format} export needs Qt, which cannot be loaded here: {error}</source>
            <translation>{path}: eksport {format} memerlukan Qt, yang tidak dapat dimuatkan di sini: {error}</translation>
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
            <translation>Eksport peta sebagai PDF, PNG, SVG atau CSV (format ditentukan oleh sambungan fail output), atau sebagai dek slaid (PDF, --slides); eksport menggunakan bahasa peta.</translation>
        </message>
    </context>
    <context>
        <name>cli.fmt</name>
        <message>
            <source>Rewrite map files in canonical form (stable order, 2-space indent) so they diff cleanly.</source>
            <translation>Tulis semula fail peta dalam bentuk kanonik (susunan stabil, inden 2 ruang) supaya perbezaannya kemas.</translation>
        </message>
        <message>
            <source>map files to format</source>
            <translation>fail peta untuk diformat</translation>
        </message>
        <message>
            <source>change nothing; exit 1 if any file is not in canonical form</source>
            <translation>jangan ubah apa-apa; keluar dengan status 1 jika ada fail yang tidak dalam bentuk kanonik</translation>
        </message>
        <message>
            <source>{path}: cannot be read: {reason}</source>
            <translation>{path}: tidak dapat dibaca: {reason}</translation>
        </message>
        <message>
            <source>{path}: not in canonical form (run: journeydesk fmt {path})</source>
            <translation>{path}: tidak dalam bentuk kanonik (jalankan: journeydesk fmt {path})</translation>
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
            <translation>Import hamparan (CSV atau .xlsx) titik sentuhan, atau grid peringkat dan lorong, sebagai peta.</translation>
        </message>
        <message>
            <source>Shapes: 'long' has one touchpoint per row and a header row naming the fields (in English, Indonesian or Malay: stage/tahap/peringkat, channel/saluran, owner/pemilik, friction/hambatan...); 'grid' has stages across the first row, lanes down the first column and card texts in the cells (several cards in a cell separated by blank lines or bullets). Fields for --map: {fields}, or emotion:PERSONA. Exit status: 0 imported, 1 the file has problems, 2 wrong usage.</source>
            <translation>Bentuk: 'long' mempunyai satu titik sentuhan setiap baris dan baris pengepala yang menamakan medan (dalam bahasa Inggeris, Indonesia atau Melayu: stage/tahap/peringkat, channel/saluran, owner/pemilik, friction/hambatan/geseran...); 'grid' mempunyai peringkat merentasi baris pertama, lorong menuruni lajur pertama dan teks kad di dalam sel (beberapa kad dalam satu sel dipisahkan dengan baris kosong atau titik tumpu). Medan untuk --map: {fields}, atau emotion:PERSONA. Status keluar: 0 diimport, 1 fail mempunyai masalah, 2 penggunaan salah.</translation>
        </message>
        <message>
            <source>must be COLUMN=FIELD, e.g. Fase=stage (got {text})</source>
            <translation>mesti dalam bentuk COLUMN=FIELD, cth. Fasa=stage (diberi {text})</translation>
        </message>
        <message>
            <source>a .csv or .xlsx file</source>
            <translation>fail .csv atau .xlsx</translation>
        </message>
        <message>
            <source>the map to write (*.journey.json)</source>
            <translation>peta yang hendak ditulis (*.journey.json)</translation>
        </message>
        <message>
            <source>.xlsx: the sheet to read (default: the first)</source>
            <translation>.xlsx: helaian yang hendak dibaca (lalai: yang pertama)</translation>
        </message>
        <message>
            <source>read column COLUMN (its header, or a letter) as FIELD; repeatable</source>
            <translation>baca lajur COLUMN (pengepalanya, atau satu huruf) sebagai FIELD; boleh diulang</translation>
        </message>
        <message>
            <source>default: auto-detect</source>
            <translation>lalai: kesan secara automatik</translation>
        </message>
        <message>
            <source>import the good rows even if some rows are bad</source>
            <translation>import baris yang baik walaupun ada baris yang rosak</translation>
        </message>
        <message>
            <source>the map's title (default: the file's name)</source>
            <translation>tajuk peta (lalai: nama fail)</translation>
        </message>
        <message>
            <source>the map's language tag, e.g. en, id, ms</source>
            <translation>tag bahasa peta, cth. en, id, ms</translation>
        </message>
        <message>
            <source>overwrite OUT if it exists</source>
            <translation>tulis ganti OUT jika sudah wujud</translation>
        </message>
        <message>
            <source>{out}: already exists (use --force to overwrite it)</source>
            <translation>{out}: sudah wujud (gunakan --force untuk menulis gantinya)</translation>
        </message>
        <message>
            <source>{file}: nothing to import (no rows under the header)</source>
            <translation>{file}: tiada apa-apa untuk diimport (tiada baris di bawah pengepala)</translation>
        </message>
        <message>
            <source>{file}: column {column} not imported (name its field with --map)</source>
            <translation>{file}: lajur {column} tidak diimport (namakan medannya dengan --map)</translation>
        </message>
        <message>
            <source>long form</source>
            <translation>bentuk panjang</translation>
        </message>
        <message>
            <source>grid</source>
            <translation>grid</translation>
        </message>
        <message>
            <source>{delimiter}-separated</source>
            <translation>dipisahkan dengan {delimiter}</translation>
        </message>
        <message>
            <source>sheet {sheet}</source>
            <translation>helaian {sheet}</translation>
        </message>
        <message>
            <source>{file}: imported {items} ({how}) -&gt; {out}</source>
            <translation>{file}: {items} diimport ({how}) -&gt; {out}</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %Ln bad row(s); nothing imported (--skip-bad imports the other rows)</source>
            <translation>
                <numerusform>{file}: %Ln baris rosak; tiada apa-apa diimport (--skip-bad mengimport baris yang lain)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s)</source>
            <translation>
                <numerusform>%Ln titik sentuhan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln stage(s)</source>
            <translation>
                <numerusform>%Ln peringkat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lane(s)</source>
            <translation>
                <numerusform>%Ln lorong</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln channel(s)</source>
            <translation>
                <numerusform>%Ln saluran</numerusform>
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
                <numerusform>%Ln geseran</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln bad row(s) skipped</source>
            <translation>
                <numerusform>%Ln baris rosak dilangkau</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli.info</name>
        <message>
            <source>Print a short summary of a map: personas, stages, lanes, touchpoints, links, frictions.</source>
            <translation>Cetak ringkasan pendek peta: persona, peringkat, lorong, titik sentuhan, pautan, geseran.</translation>
        </message>
        <message>
            <source>a map file</source>
            <translation>fail peta</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tiada</translation>
        </message>
        <message>
            <source>severity {severity}: {count}</source>
            <translation>tahap keterukan {severity}: {count}</translation>
        </message>
        <message>
            <source>personas</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>stages</source>
            <translation>peringkat</translation>
        </message>
        <message>
            <source>lanes</source>
            <translation>lorong</translation>
        </message>
        <message>
            <source>channels</source>
            <translation>saluran</translation>
        </message>
        <message>
            <source>touchpoints</source>
            <translation>titik sentuhan</translation>
        </message>
        <message>
            <source>links</source>
            <translation>pautan</translation>
        </message>
        <message>
            <source>frictions</source>
            <translation>geseran</translation>
        </message>
        <message>
            <source>({open} not resolved; {severities})</source>
            <translation>({open} belum selesai; {severities})</translation>
        </message>
    </context>
    <context>
        <name>cli.join</name>
        <message>
            <source>Save a copy of the map of a live session (ws://HOST:PORT/journeydesk?token=CODE).</source>
            <translation>Simpan salinan peta daripada sesi langsung (ws://HOST:PORT/journeydesk?token=CODE).</translation>
        </message>
        <message>
            <source>the join URL the host printed or showed</source>
            <translation>URL sertai yang dicetak atau ditunjukkan oleh hos</translation>
        </message>
        <message>
            <source>where to save it</source>
            <translation>tempat untuk menyimpannya</translation>
        </message>
        <message>
            <source>replace FILE if it exists</source>
            <translation>gantikan FILE jika sudah wujud</translation>
        </message>
        <message>
            <source>seconds to wait (20)</source>
            <translation>tempoh menunggu dalam saat (20)</translation>
        </message>
        <message>
            <source>journeydesk join: {url}: not a ws:// URL</source>
            <translation>journeydesk join: {url}: bukan URL ws://</translation>
        </message>
        <message>
            <source>journeydesk join: {path} exists (use --force to replace it)</source>
            <translation>journeydesk join: {path} sudah wujud (gunakan --force untuk menggantikannya)</translation>
        </message>
        <message>
            <source>no answer from the host in time</source>
            <translation>tiada jawapan daripada hos dalam masa yang ditetapkan</translation>
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
            <translation>Gabungkan dua salinan peta yang telah disunting dengan leluhur sepunya mereka, mengikut id dan medan; konflik disenaraikan mengikut item dan medan.</translation>
        </message>
        <message>
            <source>As a git merge driver: in .gitattributes '*.journey.json merge=journeydesk'; then git config merge.journeydesk.driver 'journeydesk merge %O %A %B -o %A --name %P'. Exit status: 0 merged, 1 conflicts left as the OURS value, 2 a file could not be read.</source>
            <translation>Sebagai pemacu gabungan git: dalam .gitattributes '*.journey.json merge=journeydesk'; kemudian git config merge.journeydesk.driver 'journeydesk merge %O %A %B -o %A --name %P'. Status keluar: 0 digabungkan, 1 konflik dibiarkan dengan nilai OURS, 2 fail tidak dapat dibaca.</translation>
        </message>
        <message>
            <source>the common ancestor</source>
            <translation>leluhur sepunya</translation>
        </message>
        <message>
            <source>our edited copy</source>
            <translation>salinan suntingan kita (ours)</translation>
        </message>
        <message>
            <source>their edited copy</source>
            <translation>salinan suntingan mereka (theirs)</translation>
        </message>
        <message>
            <source>where to write the merge</source>
            <translation>tempat untuk menulis hasil gabungan</translation>
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
            <translation>nama fail dalam mesej (git: %%P)</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %Ln conflict(s), left as our value; check them and save again</source>
            <translation>
                <numerusform>{name}: %Ln konflik, dibiarkan dengan nilai kita; semak dan simpan semula</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli.new</name>
        <message>
            <source>Start a new map from a template (journeydesk new --list names them).</source>
            <translation>Mulakan peta baharu daripada templat (journeydesk new --list menyenaraikannya).</translation>
        </message>
        <message>
            <source>the template to start from</source>
            <translation>templat yang hendak digunakan sebagai permulaan</translation>
        </message>
        <message>
            <source>the map to write (*.journey.json)</source>
            <translation>peta yang hendak ditulis (*.journey.json)</translation>
        </message>
        <message>
            <source>list the templates and exit</source>
            <translation>senaraikan templat dan keluar</translation>
        </message>
        <message>
            <source>overwrite FILE if it exists</source>
            <translation>tulis ganti FILE jika sudah wujud</translation>
        </message>
        <message>
            <source>give --template NAME and -o FILE (or --list)</source>
            <translation>berikan --template NAME dan -o FILE (atau --list)</translation>
        </message>
        <message>
            <source>{out}: already exists (use --force to overwrite it)</source>
            <translation>{out}: sudah wujud (gunakan --force untuk menulis gantinya)</translation>
        </message>
        <message>
            <source>{out}: new map from the template {name}</source>
            <translation>{out}: peta baharu daripada templat {name}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln stage(s)</source>
            <translation>
                <numerusform>%Ln peringkat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln kad</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli.schema</name>
        <message>
            <source>Print the JSON Schema of the map file format.</source>
            <translation>Cetak JSON Schema bagi format fail peta.</translation>
        </message>
    </context>
    <context>
        <name>cli.serve</name>
        <message>
            <source>Host a live workshop session on the local network: participants join with the printed URL (or its code) and edit the map together; the map is saved as they go.</source>
            <translation>Anjurkan sesi bengkel langsung pada rangkaian setempat: peserta menyertai dengan URL yang dicetak (atau kodnya) dan menyunting peta bersama-sama; peta disimpan sepanjang sesi.</translation>
        </message>
        <message>
            <source>the map to share (saved in place)</source>
            <translation>peta yang hendak dikongsi (disimpan di tempatnya)</translation>
        </message>
        <message>
            <source>address to listen on (default: all)</source>
            <translation>alamat untuk didengar (lalai: semua)</translation>
        </message>
        <message>
            <source>port (default 8765; 0: any)</source>
            <translation>port (lalai 8765; 0: mana-mana)</translation>
        </message>
        <message>
            <source>the join code to use (default: a new random one)</source>
            <translation>kod sertai yang hendak digunakan (lalai: kod rawak baharu)</translation>
        </message>
        <message>
            <source>participants may look but not edit</source>
            <translation>peserta boleh melihat tetapi tidak boleh menyunting</translation>
        </message>
        <message>
            <source>announce the session on the network (mDNS)</source>
            <translation>umumkan sesi pada rangkaian (mDNS)</translation>
        </message>
        <message>
            <source>journeydesk serve: a join code needs at least 6 letters or digits</source>
            <translation>journeydesk serve: kod sertai memerlukan sekurang-kurangnya 6 huruf atau digit</translation>
        </message>
        <message>
            <source>journeydesk serve: cannot listen on {host}:{port}: {why}</source>
            <translation>journeydesk serve: tidak dapat mendengar pada {host}:{port}: {why}</translation>
        </message>
        <message>
            <source>Join code {code} · {title} · Ctrl+C ends the session</source>
            <translation>Kod sertai {code} · {title} · Ctrl+C menamatkan sesi</translation>
        </message>
        <message>
            <source>Session ended; {path} saved</source>
            <translation>Sesi tamat; {path} disimpan</translation>
        </message>
    </context>
    <context>
        <name>cli.validate</name>
        <message>
            <source>Check map files; print one line per problem as FILE: PLACE: what is wrong.</source>
            <translation>Semak fail peta; cetak satu baris bagi setiap masalah dalam bentuk FILE: PLACE: apa yang salah.</translation>
        </message>
        <message>
            <source>map files (*.journey.json)</source>
            <translation>fail peta (*.journey.json)</translation>
        </message>
        <message>
            <source>print problems only, not 'ok' lines</source>
            <translation>cetak masalah sahaja, bukan baris 'ok'</translation>
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
                <numerusform>%Ln peringkat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lane(s)</source>
            <translation>
                <numerusform>%Ln lorong</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s)</source>
            <translation>
                <numerusform>%Ln titik sentuhan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln link(s)</source>
            <translation>
                <numerusform>%Ln pautan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln friction(s)</source>
            <translation>
                <numerusform>%Ln geseran</numerusform>
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
                <numerusform>%Ln saluran</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln item</numerusform>
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
            <translation>tajuk</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>peringkat</translation>
        </message>
        <message>
            <source>lane</source>
            <translation>lorong</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>saluran</translation>
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
            <translation>detik_penentu</translation>
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
            <translation>jumlah</translation>
        </message>
        <message>
            <source>conversion</source>
            <translation>penukaran</translation>
        </message>
        <message>
            <source>frictions</source>
            <translation>bilangan_geseran</translation>
        </message>
        <message>
            <source>open_frictions</source>
            <translation>geseran_terbuka</translation>
        </message>
        <message>
            <source>highest_severity</source>
            <translation>keterukan_tertinggi</translation>
        </message>
        <message>
            <source>description</source>
            <translation>keterangan</translation>
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
            <translation>Peringkat</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Lorong</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Saluran</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuhan</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Pautan</translation>
        </message>
        <message>
            <source>Frictions</source>
            <translation>Geseran</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tiada</translation>
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
            <translation>kedudukan: {old} -&gt; {new}</translation>
        </message>
        <message>
            <source>moved: {old} -&gt; {new}</source>
            <translation>dialihkan: {old} -&gt; {new}</translation>
        </message>
        <message>
            <source>{n} added</source>
            <translation>{n} ditambah</translation>
        </message>
        <message>
            <source>{n} removed</source>
            <translation>{n} dibuang</translation>
        </message>
        <message>
            <source>{n} changed</source>
            <translation>{n} diubah</translation>
        </message>
        <message>
            <source>{n} moved</source>
            <translation>{n} dialihkan</translation>
        </message>
        <message>
            <source>{n} reordered</source>
            <translation>{n} disusun semula</translation>
        </message>
        <message>
            <source>{old} and {new}: no differences</source>
            <translation>{old} dan {new}: tiada perbezaan</translation>
        </message>
        <message numerus="yes">
            <source>{old} -&gt; {new}: %Ln item(s) differ</source>
            <translation>
                <numerusform>{old} -&gt; {new}: %Ln item berbeza</numerusform>
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
            <translation>neutral</translation>
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
            <translation>sangat gembira</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>{path}: cannot tell the format from the extension {extension} (use {known})</source>
            <translation>{path}: format tidak dapat ditentukan daripada sambungan {extension} (gunakan {known})</translation>
        </message>
        <message>
            <source>{path}: cannot tell the format without an extension (use {known})</source>
            <translation>{path}: format tidak dapat ditentukan tanpa sambungan (gunakan {known})</translation>
        </message>
        <message>
            <source>no persona with id {id} in this map (it has no personas)</source>
            <translation>tiada persona dengan id {id} dalam peta ini (peta ini tiada persona)</translation>
        </message>
        <message>
            <source>no persona with id {id} in this map (personas: {names})</source>
            <translation>tiada persona dengan id {id} dalam peta ini (persona: {names})</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>cakera penuh</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>kuota cakera telah habis</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>kebenaran ditolak</translation>
        </message>
        <message>
            <source>the folder is on a read-only disk</source>
            <translation>folder berada pada cakera baca sahaja</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>folder tidak wujud</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>ia ialah folder</translation>
        </message>
        <message>
            <source>the file name is too long</source>
            <translation>nama fail terlalu panjang</translation>
        </message>
        <message>
            <source>{path}: cannot write the export: {why}</source>
            <translation>{path}: tidak dapat menulis eksport: {why}</translation>
        </message>
        <message>
            <source>it is not a regular file (a device or a pipe?)</source>
            <translation>ia bukan fail biasa (peranti atau paip?)</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>folder {folder} tidak wujud</translation>
        </message>
        <message>
            <source>the folder {folder} is not writable</source>
            <translation>folder {folder} tidak boleh ditulis</translation>
        </message>
        <message>
            <source>no file can be created there</source>
            <translation>tiada fail boleh dicipta di situ</translation>
        </message>
        <message>
            <source>{path}: cannot write the export in {folder}: {why}</source>
            <translation>{path}: tidak dapat menulis eksport dalam {folder}: {why}</translation>
        </message>
        <message>
            <source>{path}: the export could not be written: {why}</source>
            <translation>{path}: eksport tidak dapat ditulis: {why}</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <source>{field} is not a field (fields: {fields}, or emotion:PERSONA)</source>
            <translation>{field} bukan medan (medan: {fields}, atau emotion:PERSONA)</translation>
        </message>
        <message>
            <source>there is no column {column} (the columns are: {columns})</source>
            <translation>tiada lajur {column} (lajur yang ada: {columns})</translation>
        </message>
        <message>
            <source>is empty: there are no rows to import</source>
            <translation>kosong: tiada baris untuk diimport</translation>
        </message>
        <message>
            <source>Imported journey</source>
            <translation>Perjalanan yang diimport</translation>
        </message>
        <message>
            <source>has too few rows or columns to be a grid of stages and lanes</source>
            <translation>mempunyai terlalu sedikit baris atau lajur untuk menjadi grid peringkat dan lorong</translation>
        </message>
        <message>
            <source>no column holds the touchpoint titles (the header row has: {columns}); name it with --map COLUMN=title</source>
            <translation>tiada lajur yang mengandungi tajuk titik sentuhan (baris pengepala mengandungi: {columns}); namakannya dengan --map COLUMN=title</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>tiada apa-apa</translation>
        </message>
        <message>
            <source>holds cards but has no stage name above it</source>
            <translation>mengandungi kad tetapi tiada nama peringkat di atasnya</translation>
        </message>
        <message>
            <source>holds cards but its row has no lane name</source>
            <translation>mengandungi kad tetapi barisnya tiada nama lorong</translation>
        </message>
        <message>
            <source>column {column}: {problem}</source>
            <translation>lajur {column}: {problem}</translation>
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
            <translation>Titik sentuhan</translation>
        </message>
        <message>
            <source>the touchpoint has no title</source>
            <translation>titik sentuhan ini tiada tajuk</translation>
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
            <translation>ialah folder, bukan hamparan</translation>
        </message>
        <message>
            <source>is not a regular file (a pipe or a device?)</source>
            <translation>bukan fail biasa (paip atau peranti?)</translation>
        </message>
        <message>
            <source>is {size} MB; a spreadsheet to import may be at most {limit} MB</source>
            <translation>bersaiz {size} MB; hamparan yang hendak diimport tidak boleh melebihi {limit} MB</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>fail tidak wujud</translation>
        </message>
        <message>
            <source>you do not have permission to read this file</source>
            <translation>anda tiada kebenaran untuk membaca fail ini</translation>
        </message>
        <message>
            <source>cannot be read: {why}</source>
            <translation>tidak dapat dibaca: {why}</translation>
        </message>
        <message>
            <source>is a CSV file, which has no sheets (--sheet is for .xlsx)</source>
            <translation>ialah fail CSV, yang tiada helaian (--sheet untuk .xlsx)</translation>
        </message>
        <message>
            <source>is an Excel 97-2003 (.xls) workbook or a password-protected one; save it as .xlsx or CSV and import that</source>
            <translation>ialah buku kerja Excel 97-2003 (.xls) atau buku kerja yang dilindungi kata laluan; simpan sebagai .xlsx atau CSV dan import fail itu</translation>
        </message>
        <message>
            <source>is a PDF document, not a spreadsheet</source>
            <translation>ialah dokumen PDF, bukan hamparan</translation>
        </message>
        <message>
            <source>is a PNG image, not a spreadsheet</source>
            <translation>ialah imej PNG, bukan hamparan</translation>
        </message>
        <message>
            <source>is a JPEG image, not a spreadsheet</source>
            <translation>ialah imej JPEG, bukan hamparan</translation>
        </message>
        <message>
            <source>is already a JourneyDesk map; open it instead of importing it</source>
            <translation>sudah pun peta JourneyDesk; buka fail itu, jangan import</translation>
        </message>
        <message>
            <source>is not valid {encoding} text although it starts with a {encoding} mark</source>
            <translation>bukan teks {encoding} yang sah walaupun bermula dengan tanda {encoding}</translation>
        </message>
        <message>
            <source>looks like binary data, not a spreadsheet (import reads CSV or .xlsx files)</source>
            <translation>kelihatan seperti data binari, bukan hamparan (import membaca fail CSV atau .xlsx)</translation>
        </message>
        <message>
            <source>has more than {n} rows, more than a map can hold</source>
            <translation>mempunyai lebih daripada {n} baris, melebihi muatan sesebuah peta</translation>
        </message>
        <message>
            <source>cannot be read as CSV: {why}</source>
            <translation>tidak dapat dibaca sebagai CSV: {why}</translation>
        </message>
        <message>
            <source>a quoted cell that starts on this line is never closed (a missing ")</source>
            <translation>sel berpetik yang bermula pada baris ini tidak ditutup (tiada " penutup)</translation>
        </message>
        <message>
            <source>{text} is not a number</source>
            <translation>{text} bukan nombor</translation>
        </message>
        <message>
            <source>{text} is not an emotion (a number from -3 to +3, or a word such as happy or kecewa)</source>
            <translation>{text} bukan emosi (nombor dari -3 hingga +3, atau perkataan seperti seronok atau kecewa)</translation>
        </message>
        <message>
            <source>{text} is not a whole number from -3 to +3</source>
            <translation>{text} bukan nombor bulat dari -3 hingga +3</translation>
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
            <translation>{text} bukan status geseran ({options})</translation>
        </message>
        <message>
            <source>{text} is not a severity (1 to 4, or minor, moderate, major, critical)</source>
            <translation>{text} bukan tahap keterukan (1 hingga 4, atau ringan, sederhana, serius, kritikal)</translation>
        </message>
        <message>
            <source>{text} is not a whole number</source>
            <translation>{text} bukan nombor bulat</translation>
        </message>
        <message>
            <source>is not a readable .xlsx workbook (damaged, or another kind of zip file)</source>
            <translation>bukan buku kerja .xlsx yang boleh dibaca (rosak, atau jenis fail zip yang lain)</translation>
        </message>
        <message>
            <source>is a zip file but not an .xlsx workbook (no xl/workbook.xml in it)</source>
            <translation>ialah fail zip tetapi bukan buku kerja .xlsx (tiada xl/workbook.xml di dalamnya)</translation>
        </message>
        <message>
            <source>unpacks to more data than a spreadsheet to import may hold</source>
            <translation>apabila dinyahmampat, datanya melebihi had hamparan yang boleh diimport</translation>
        </message>
        <message>
            <source>has no worksheet with cells</source>
            <translation>tiada lembaran kerja yang mempunyai sel</translation>
        </message>
        <message>
            <source>has no sheet named {name} (its sheets: {sheets})</source>
            <translation>tiada helaian bernama {name} (helaiannya: {sheets})</translation>
        </message>
        <message>
            <source>has far more rows than a map can hold</source>
            <translation>mempunyai jauh lebih banyak baris daripada muatan sesebuah peta</translation>
        </message>
    </context>
    <context>
        <name>io.file_state</name>
        <message>
            <source>stages</source>
            <translation>peringkat</translation>
        </message>
        <message>
            <source>lanes</source>
            <translation>lorong</translation>
        </message>
        <message>
            <source>personas</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>touchpoints</source>
            <translation>titik sentuhan</translation>
        </message>
        <message>
            <source>links</source>
            <translation>pautan</translation>
        </message>
        <message>
            <source>frictions</source>
            <translation>geseran</translation>
        </message>
        <message>
            <source>{what}: {here} here, {disk} on disk</source>
            <translation>{what}: {here} di sini, {disk} pada cakera</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s) edited differently</source>
            <translation>
                <numerusform>%Ln item disunting secara berbeza</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>io.fragment</name>
        <message>
            <source>not a JourneyDesk fragment: {error}</source>
            <translation>bukan serpihan JourneyDesk: {error}</translation>
        </message>
        <message>
            <source>not a JourneyDesk fragment (expected "format": "journeydesk-fragment")</source>
            <translation>bukan serpihan JourneyDesk (dijangka "format": "journeydesk-fragment")</translation>
        </message>
        <message>
            <source>the items were copied from a newer JourneyDesk (fragment version {version}; this one reads version {current})</source>
            <translation>item ini disalin daripada JourneyDesk yang lebih baharu (serpihan versi {version}; versi ini membaca versi {current})</translation>
        </message>
        <message>
            <source>fragment version {version} is not one this JourneyDesk reads</source>
            <translation>serpihan versi {version} tidak dapat dibaca oleh JourneyDesk ini</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuhan</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Lorong</translation>
        </message>
    </context>
    <context>
        <name>io.load</name>
        <message>
            <source>is empty; a map file holds a JSON object {...}</source>
            <translation>kosong; fail peta mengandungi objek JSON {...}</translation>
        </message>
        <message>
            <source>Reading the map</source>
            <translation>Membaca peta</translation>
        </message>
        <message>
            <source>Checking the map</source>
            <translation>Menyemak peta</translation>
        </message>
        <message>
            <source>does not hold a journey map (expected an object {...} at the top)</source>
            <translation>tidak mengandungi peta perjalanan (dijangka objek {...} di aras teratas)</translation>
        </message>
        <message>
            <source>Building the map</source>
            <translation>Membina peta</translation>
        </message>
        <message>
            <source>is not a JourneyDesk map (expected "format": "journeydesk")</source>
            <translation>bukan peta JourneyDesk (dijangka "format": "journeydesk")</translation>
        </message>
        <message>
            <source>is missing (a map file starts with "format_version": 1)</source>
            <translation>tiada (fail peta bermula dengan "format_version": 1)</translation>
        </message>
        <message>
            <source>must be a whole number of 1 or more</source>
            <translation>mesti nombor bulat 1 atau lebih</translation>
        </message>
        <message>
            <source>the file is format version {version}, made by a newer JourneyDesk; this version reads format version {current} and older</source>
            <translation>fail ini dalam format versi {version}, dibuat oleh JourneyDesk yang lebih baharu; versi ini membaca format versi {current} dan yang lebih lama</translation>
        </message>
        <message>
            <source>no migration from format version {version} to {next}</source>
            <translation>tiada migrasi daripada format versi {version} ke {next}</translation>
        </message>
        <message>
            <source>could not upgrade the file from format version {version}: {error}</source>
            <translation>tidak dapat menaik taraf fail daripada format versi {version}: {error}</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <source>{size} ({bytes} bytes)</source>
            <translation>{size} ({bytes} bait)</translation>
        </message>
        <message>
            <source>is larger than {limit}, the most a map file may be</source>
            <translation>lebih besar daripada {limit}, saiz maksimum fail peta</translation>
        </message>
        <message>
            <source>{bytes} bytes</source>
            <translation>{bytes} bait</translation>
        </message>
        <message>
            <source>is {size}; a map file may be at most {limit}</source>
            <translation>bersaiz {size}; fail peta tidak boleh melebihi {limit}</translation>
        </message>
        <message>
            <source>is a folder, not a map file</source>
            <translation>ialah folder, bukan fail peta</translation>
        </message>
        <message>
            <source>is not a regular file (a pipe or a device?)</source>
            <translation>bukan fail biasa (paip atau peranti?)</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>Membaca fail</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>fail tidak wujud</translation>
        </message>
        <message>
            <source>you do not have permission to read this file</source>
            <translation>anda tiada kebenaran untuk membaca fail ini</translation>
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
            <translation>baris {line}, lajur {column}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>baris {line}</translation>
        </message>
        <message>
            <source>holds more than {limit} objects and lists; a journey map of this size has far fewer (it is not a map, or it was damaged)</source>
            <translation>mengandungi lebih daripada {limit} objek dan senarai; peta perjalanan sebesar ini mempunyai jauh lebih sedikit (ia bukan peta, atau telah rosak)</translation>
        </message>
        <message>
            <source>holds more than {limit} keys; a journey map of this size has far fewer</source>
            <translation>mengandungi lebih daripada {limit} kunci; peta perjalanan sebesar ini mempunyai jauh lebih sedikit</translation>
        </message>
        <message>
            <source>is nested more than {depth} levels deep; a journey map nests only a few</source>
            <translation>bersarang lebih daripada {depth} aras; peta perjalanan hanya bersarang beberapa aras</translation>
        </message>
        <message>
            <source>is nested too deeply to be a journey map</source>
            <translation>bersarang terlalu dalam untuk menjadi peta perjalanan</translation>
        </message>
        <message>
            <source>{name} is not a number a map can hold (NaN and Infinity are not allowed)</source>
            <translation>{name} bukan nombor yang boleh disimpan dalam peta (NaN dan Infinity tidak dibenarkan)</translation>
        </message>
        <message>
            <source>holds a value JourneyDesk cannot read: {error}</source>
            <translation>mengandungi nilai yang tidak dapat dibaca oleh JourneyDesk: {error}</translation>
        </message>
        <message>
            <source>holds a number with {digits} digits, far too large for a map</source>
            <translation>mengandungi nombor dengan {digits} digit, terlalu besar untuk peta</translation>
        </message>
        <message>
            <source>thousands of</source>
            <translation>beribu-ribu</translation>
        </message>
        <message>
            <source>a key appears twice in one object</source>
            <translation>satu kunci muncul dua kali dalam satu objek</translation>
        </message>
        <message>
            <source> (in the item with id {id})</source>
            <translation> (dalam item dengan id {id})</translation>
        </message>
        <message>
            <source>the key {key} appears twice in the object that starts here{where}</source>
            <translation>kunci {key} muncul dua kali dalam objek yang bermula di sini{where}</translation>
        </message>
        <message>
            <source>a value is missing or is not valid JSON here</source>
            <translation>nilai tiada atau bukan JSON yang sah di sini</translation>
        </message>
        <message>
            <source>expected a "key" in double quotes (a trailing comma?)</source>
            <translation>dijangka satu "kunci" dalam tanda petik berganda (ada koma berlebihan di hujung?)</translation>
        </message>
        <message>
            <source>a comma is missing here</source>
            <translation>tiada koma di sini</translation>
        </message>
        <message>
            <source>a colon is missing here</source>
            <translation>tiada titik bertindih di sini</translation>
        </message>
        <message>
            <source>there is more text after the end of the map</source>
            <translation>ada teks lagi selepas penghujung peta</translation>
        </message>
        <message>
            <source>a text value holds a raw control character (a line break or tab inside quotes?)</source>
            <translation>nilai teks mengandungi aksara kawalan mentah (pemisah baris atau tab di dalam tanda petik?)</translation>
        </message>
        <message>
            <source>a \u escape must be followed by four hex digits</source>
            <translation>jujukan escape \u mesti diikuti oleh empat digit heksa</translation>
        </message>
        <message>
            <source>a backslash in a text value must be doubled (\\) or start an escape such as \n</source>
            <translation>garis condong terbalik dalam nilai teks mesti digandakan (\\) atau memulakan jujukan escape seperti \n</translation>
        </message>
        <message>
            <source>not valid JSON: the file ends inside this text value (a closing " is missing, or the file was cut off)</source>
            <translation>JSON tidak sah: fail berakhir di dalam nilai teks ini (tiada " penutup, atau fail terpotong)</translation>
        </message>
        <message>
            <source>not valid JSON: the file ends too early (it looks cut off: saved or copied only in part?)</source>
            <translation>JSON tidak sah: fail berakhir terlalu awal (kelihatan terpotong: disimpan atau disalin sebahagian sahaja?)</translation>
        </message>
        <message>
            <source>not valid JSON: a raw control character, {char}, is not allowed here</source>
            <translation>JSON tidak sah: aksara kawalan mentah, {char}, tidak dibenarkan di sini</translation>
        </message>
        <message>
            <source>not valid JSON: {hint}</source>
            <translation>JSON tidak sah: {hint}</translation>
        </message>
        <message>
            <source>not valid JSON: {error}</source>
            <translation>JSON tidak sah: {error}</translation>
        </message>
        <message>
            <source>is {encoding} text; JourneyDesk maps are UTF-8 (save it again as UTF-8)</source>
            <translation>ialah teks {encoding}; peta JourneyDesk menggunakan UTF-8 (simpan semula sebagai UTF-8)</translation>
        </message>
        <message>
            <source>is not valid UTF-8 text (byte 0x{byte})</source>
            <translation>bukan teks UTF-8 yang sah (bait 0x{byte})</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>tidak dapat dibaca</translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %Ln more problem(s))</source>
            <translation>
                <numerusform>{problem} (dan %Ln masalah lagi)</numerusform>
            </translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>tiada</translation>
        </message>
        <message>
            <source>is not a field JourneyDesk knows (misspelt?)</source>
            <translation>bukan medan yang dikenali JourneyDesk (salah ejaan?)</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>tidak boleh kosong</translation>
        </message>
        <message>
            <source>is too large a number (or not a number at all)</source>
            <translation>nombor yang terlalu besar (atau bukan nombor langsung)</translation>
        </message>
        <message>
            <source>must be a list [...]</source>
            <translation>mesti senarai [...]</translation>
        </message>
        <message>
            <source>must be an object {...}</source>
            <translation>mesti objek {...}</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>mesti nombor bulat</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>mesti nombor</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>mesti teks</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>mesti true atau false</translation>
        </message>
        <message>
            <source>the key {problem}</source>
            <translation>kunci {problem}</translation>
        </message>
        <message>
            <source>{problem} (got {value})</source>
            <translation>{problem} (diberi {value})</translation>
        </message>
        <message>
            <source>must be at least {least}</source>
            <translation>mesti sekurang-kurangnya {least}</translation>
        </message>
        <message>
            <source>must be at most {most}</source>
            <translation>mesti paling banyak {most}</translation>
        </message>
        <message>
            <source>must be one of {options}</source>
            <translation>mesti salah satu daripada {options}</translation>
        </message>
        <message>
            <source>must be a colour like #3B82F6</source>
            <translation>mesti warna seperti #3B82F6</translation>
        </message>
        <message>
            <source>must be a language tag such as 'en', 'id' or 'pt-BR'</source>
            <translation>mesti tag bahasa seperti 'en', 'id' atau 'pt-BR'</translation>
        </message>
        <message>
            <source>is not in the expected form</source>
            <translation>tidak dalam bentuk yang dijangka</translation>
        </message>
        <message>
            <source>is far too large a number</source>
            <translation>nombor yang jauh terlalu besar</translation>
        </message>
        <message>
            <source>{problem} (in "{name}")</source>
            <translation>{problem} (dalam "{name}")</translation>
        </message>
        <message>
            <source>contains a broken character (a lone UTF-16 surrogate)</source>
            <translation>mengandungi aksara rosak (surrogate UTF-16 yang bersendirian)</translation>
        </message>
        <message>
            <source>personas</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>stages</source>
            <translation>peringkat</translation>
        </message>
        <message>
            <source>lanes</source>
            <translation>lorong</translation>
        </message>
        <message>
            <source>channels</source>
            <translation>saluran</translation>
        </message>
        <message>
            <source>touchpoints</source>
            <translation>titik sentuhan</translation>
        </message>
        <message>
            <source>links</source>
            <translation>pautan</translation>
        </message>
        <message>
            <source>frictions</source>
            <translation>geseran</translation>
        </message>
        <message>
            <source>comments</source>
            <translation>komen</translation>
        </message>
        <message>
            <source>refers to {id}, which is one of the {group}, not the stages</source>
            <translation>merujuk kepada {id}, yang tergolong dalam {group}, bukan peringkat</translation>
        </message>
        <message>
            <source>refers to {id}, which is one of the {group}, not the lanes</source>
            <translation>merujuk kepada {id}, yang tergolong dalam {group}, bukan lorong</translation>
        </message>
        <message>
            <source>refers to {id}, which is one of the {group}, not the channels</source>
            <translation>merujuk kepada {id}, yang tergolong dalam {group}, bukan saluran</translation>
        </message>
        <message>
            <source>refers to {id}, which is one of the {group}, not the personas</source>
            <translation>merujuk kepada {id}, yang tergolong dalam {group}, bukan persona</translation>
        </message>
        <message>
            <source>refers to {id}, which is one of the {group}, not the touchpoints</source>
            <translation>merujuk kepada {id}, yang tergolong dalam {group}, bukan titik sentuhan</translation>
        </message>
        <message>
            <source>refers to {id}, which is one of the {group}, not the touchpoints or links</source>
            <translation>merujuk kepada {id}, yang tergolong dalam {group}, bukan titik sentuhan atau pautan</translation>
        </message>
        <message>
            <source>refers to {id}, which is one of the {group}, not the touchpoints, frictions or stages</source>
            <translation>merujuk kepada {id}, yang tergolong dalam {group}, bukan titik sentuhan, geseran atau peringkat</translation>
        </message>
        <message>
            <source>the id {id} is used twice (first at {place})</source>
            <translation>id {id} digunakan dua kali (kali pertama di {place})</translation>
        </message>
        <message>
            <source>refers to {id}, which is not in this map</source>
            <translation>merujuk kepada {id}, yang tiada dalam peta ini</translation>
        </message>
        <message>
            <source>names the same persona twice</source>
            <translation>menamakan persona yang sama dua kali</translation>
        </message>
        <message>
            <source>a link must join two different touchpoints</source>
            <translation>pautan mesti menghubungkan dua titik sentuhan yang berbeza</translation>
        </message>
    </context>
    <context>
        <name>io.recovery</name>
        <message>
            <source>an earlier session</source>
            <translation>sesi terdahulu</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Tanpa tajuk</translation>
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
            <translation>{path}: fail ini baca sahaja; simpan perubahan anda dengan nama lain (Simpan Sebagai)</translation>
        </message>
        <message>
            <source>{path}: cannot write in {folder}: {reason}</source>
            <translation>{path}: tidak dapat menulis dalam {folder}: {reason}</translation>
        </message>
        <message>
            <source>{path}: cannot be saved: it is a folder</source>
            <translation>{path}: tidak dapat disimpan: ia ialah folder</translation>
        </message>
        <message>
            <source>{path}: cannot be saved: it is not a regular file (a device or a pipe?)</source>
            <translation>{path}: tidak dapat disimpan: ia bukan fail biasa (peranti atau paip?)</translation>
        </message>
        <message>
            <source>{path}: could not keep the previous versions ({reason})</source>
            <translation>{path}: versi terdahulu tidak dapat disimpan ({reason})</translation>
        </message>
    </context>
    <context>
        <name>lint</name>
        <message>
            <source>Open critical friction</source>
            <translation>Geseran kritikal yang masih terbuka</translation>
        </message>
        <message>
            <source>Touchpoint on no channel</source>
            <translation>Titik sentuhan tanpa saluran</translation>
        </message>
        <message>
            <source>Touchpoint nobody owns</source>
            <translation>Titik sentuhan tanpa pemilik</translation>
        </message>
        <message>
            <source>Empty stage</source>
            <translation>Peringkat kosong</translation>
        </message>
        <message>
            <source>Persona with no touchpoints</source>
            <translation>Persona tanpa titik sentuhan</translation>
        </message>
        <message>
            <source>Friction with no fix written down</source>
            <translation>Geseran tanpa penyelesaian yang dicatat</translation>
        </message>
        <message>
            <source>error</source>
            <translation>ralat</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>amaran</translation>
        </message>
        <message>
            <source>info</source>
            <translation>maklumat</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Exported {path}</source>
            <translation>{path} dieksport</translation>
        </message>
    </context>
    <context>
        <name>merge</name>
        <message>
            <source>none</source>
            <translation>tiada</translation>
        </message>
        <message>
            <source>emotion ({persona})</source>
            <translation>emosi ({persona})</translation>
        </message>
        <message>
            <source>{what}: deleted in ours, changed in theirs; it stays deleted</source>
            <translation>{what}: dipadam dalam salinan kita (ours), diubah dalam salinan mereka (theirs); kekal dipadam</translation>
        </message>
        <message>
            <source>{what}: deleted in ours, changed in theirs; kept, with the changes</source>
            <translation>{what}: dipadam dalam salinan kita (ours), diubah dalam salinan mereka (theirs); dikekalkan, bersama perubahannya</translation>
        </message>
        <message>
            <source>{what}: deleted in theirs, changed in ours; it stays deleted</source>
            <translation>{what}: dipadam dalam salinan mereka (theirs), diubah dalam salinan kita (ours); kekal dipadam</translation>
        </message>
        <message>
            <source>{what}: deleted in theirs, changed in ours; kept, with the changes</source>
            <translation>{what}: dipadam dalam salinan mereka (theirs), diubah dalam salinan kita (ours); dikekalkan, bersama perubahannya</translation>
        </message>
        <message>
            <source>{what}: {field}: ours {ours}, theirs {theirs}; kept ours</source>
            <translation>{what}: {field}: kita (ours) {ours}, mereka (theirs) {theirs}; nilai kita dikekalkan</translation>
        </message>
        <message>
            <source>{what}: {field}: ours {ours}, theirs {theirs}; kept theirs</source>
            <translation>{what}: {field}: kita (ours) {ours}, mereka (theirs) {theirs}; nilai mereka dikekalkan</translation>
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
            <translation>{what}: dipadam pada satu pihak, tetapi kad yang dikekalkan daripada pihak lain berada di dalamnya; dikekalkan</translation>
        </message>
        <message>
            <source>{what}: added or changed on one side, but its card was deleted on the other; dropped</source>
            <translation>{what}: ditambah atau diubah pada satu pihak, tetapi kadnya dipadam pada pihak lain; digugurkan</translation>
        </message>
        <message>
            <source>{what}: moved to different places on both sides; kept our place</source>
            <translation>{what}: dialihkan ke tempat berbeza pada kedua-dua pihak; kedudukan kita (ours) dikekalkan</translation>
        </message>
    </context>
    <context>
        <name>model.document</name>
        <message>
            <source>{field} {id} is not a persona of this map</source>
            <translation>{field} {id} bukan persona dalam peta ini</translation>
        </message>
        <message>
            <source>{field} {id} is not a stage of this map</source>
            <translation>{field} {id} bukan peringkat dalam peta ini</translation>
        </message>
        <message>
            <source>{field} {id} is not a lane of this map</source>
            <translation>{field} {id} bukan lorong dalam peta ini</translation>
        </message>
        <message>
            <source>{field} {id} is not a channel of this map</source>
            <translation>{field} {id} bukan saluran dalam peta ini</translation>
        </message>
        <message>
            <source>{field} {id} is not a touchpoint of this map</source>
            <translation>{field} {id} bukan titik sentuhan dalam peta ini</translation>
        </message>
        <message>
            <source>language must be a language tag such as 'en' or 'id' (got {value})</source>
            <translation>bahasa mesti tag bahasa seperti 'en' atau 'id' (diberi {value})</translation>
        </message>
        <message>
            <source>id must be text of 1 to 100 characters (got {id})</source>
            <translation>id mesti teks sepanjang 1 hingga 100 aksara (diberi {id})</translation>
        </message>
        <message>
            <source>id {id} is already used in this map</source>
            <translation>id {id} sudah digunakan dalam peta ini</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>saluran</translation>
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
            <translation>peringkat</translation>
        </message>
        <message>
            <source>lane</source>
            <translation>lorong</translation>
        </message>
        <message>
            <source>link source</source>
            <translation>sumber pautan</translation>
        </message>
        <message>
            <source>link target</source>
            <translation>sasaran pautan</translation>
        </message>
        <message>
            <source>a link must join two different touchpoints</source>
            <translation>pautan mesti menghubungkan dua titik sentuhan yang berbeza</translation>
        </message>
        <message>
            <source>friction target {id} is not a touchpoint or link of this map</source>
            <translation>sasaran geseran {id} bukan titik sentuhan atau pautan dalam peta ini</translation>
        </message>
        <message>
            <source>comment target {id} is not a touchpoint, friction or stage of this map</source>
            <translation>sasaran komen {id} bukan titik sentuhan, geseran atau peringkat dalam peta ini</translation>
        </message>
        <message>
            <source>touchpoint</source>
            <translation>titik sentuhan</translation>
        </message>
        <message>
            <source>{id} is not a persona, stage, lane or channel</source>
            <translation>{id} bukan persona, peringkat, lorong atau saluran</translation>
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
            <translation>pemisah baris</translation>
        </message>
        <message>
            <source>carriage return</source>
            <translation>carriage return</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>mesti teks</translation>
        </message>
        <message>
            <source>contains a control character, {char}, which text here may not hold</source>
            <translation>mengandungi aksara kawalan, {char}, yang tidak dibenarkan dalam teks di sini</translation>
        </message>
        <message>
            <source>must be one line: it contains a {char}</source>
            <translation>mesti satu baris: ia mengandungi {char}</translation>
        </message>
        <message>
            <source>contains a broken character (a lone surrogate)</source>
            <translation>mengandungi aksara rosak (surrogate yang bersendirian)</translation>
        </message>
        <message>
            <source>must be one of {options} (got {value})</source>
            <translation>mesti salah satu daripada {options} (diberi {value})</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation>mesti nombor bulat dari {low} hingga {high}</translation>
        </message>
        <message>
            <source>must be from {low} to {high} (got {value})</source>
            <translation>mesti antara {low} hingga {high} (diberi {value})</translation>
        </message>
        <message>
            <source>is too long ({length} characters, at most {limit})</source>
            <translation>terlalu panjang ({length} aksara, maksimum {limit})</translation>
        </message>
        <message>
            <source>has too many entries (at most {limit})</source>
            <translation>mempunyai terlalu banyak entri (maksimum {limit})</translation>
        </message>
        <message>
            <source>must be a list of text</source>
            <translation>mesti senarai teks</translation>
        </message>
        <message>
            <source>must be a list of ids</source>
            <translation>mesti senarai id</translation>
        </message>
        <message>
            <source>must be an id or empty</source>
            <translation>mesti id atau kosong</translation>
        </message>
        <message>
            <source>must be a colour like #3B82F6 (got {value})</source>
            <translation>mesti warna seperti #3B82F6 (diberi {value})</translation>
        </message>
        <message>
            <source>{metric} must be a number</source>
            <translation>{metric} mesti nombor</translation>
        </message>
        <message>
            <source>{metric} must be a finite number</source>
            <translation>{metric} mesti nombor terhingga</translation>
        </message>
        <message>
            <source>a huge number</source>
            <translation>nombor yang sangat besar</translation>
        </message>
        <message>
            <source>{metric} must be from {low} to {high} (got {value})</source>
            <translation>{metric} mesti antara {low} hingga {high} (diberi {value})</translation>
        </message>
        <message>
            <source>{metric} must be a whole number</source>
            <translation>{metric} mesti nombor bulat</translation>
        </message>
        <message>
            <source>must be a set of metrics</source>
            <translation>mesti set metrik</translation>
        </message>
        <message>
            <source>has unknown metric {key} (known: {keys})</source>
            <translation>mempunyai metrik tidak dikenali {key} (yang dikenali: {keys})</translation>
        </message>
        <message>
            <source>must map persona ids to emotions</source>
            <translation>mesti memetakan id persona kepada emosi</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>mesti true atau false</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>tidak boleh kosong</translation>
        </message>
        <message>
            <source>must hold quote, source and count</source>
            <translation>mesti mengandungi quote, source dan count</translation>
        </message>
        <message>
            <source>has unknown entry {key}</source>
            <translation>mempunyai entri tidak dikenali {key}</translation>
        </message>
        <message>
            <source>count must be a whole number from 0 to {high}</source>
            <translation>count mesti nombor bulat dari 0 hingga {high}</translation>
        </message>
        <message>
            <source>{field} {problem}</source>
            <translation>{field} {problem}</translation>
        </message>
        <message>
            <source>{kind} has no field {field}</source>
            <translation>{kind} tiada medan {field}</translation>
        </message>
    </context>
    <context>
        <name>pdf</name>
        <message>
            <source>Exported {date}</source>
            <translation>Dieksport {date}</translation>
        </message>
        <message>
            <source>{frictions} ({open} open)</source>
            <translation>{frictions} ({open} terbuka)</translation>
        </message>
        <message>
            <source>File format {format} v{version} · JourneyDesk {app}</source>
            <translation>Format fail {format} v{version} · JourneyDesk {app}</translation>
        </message>
        <message>
            <source>the margins leave no room for the map on {size} landscape; use smaller margins</source>
            <translation>jidar tidak meninggalkan ruang untuk peta pada {size} landskap; gunakan jidar yang lebih kecil</translation>
        </message>
        <message>
            <source>the margins leave no room for the map on {size} portrait; use smaller margins</source>
            <translation>jidar tidak meninggalkan ruang untuk peta pada {size} potret; gunakan jidar yang lebih kecil</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Peta</translation>
        </message>
        <message>
            <source>Sheet {sheet}</source>
            <translation>Helaian {sheet}</translation>
        </message>
        <message>
            <source>No comment is recorded on this map.</source>
            <translation>Tiada komen direkodkan pada peta ini.</translation>
        </message>
        <message>
            <source>This map has no personas.</source>
            <translation>Peta ini tiada persona.</translation>
        </message>
        <message>
            <source>(unnamed persona)</source>
            <translation>(persona tanpa nama)</translation>
        </message>
        <message>
            <source>emotion from {low} to {high}, average {average}</source>
            <translation>emosi dari {low} hingga {high}, purata {average}</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Matlamat</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Keperluan</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>Kekecewaan</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>No friction is recorded on this map.</source>
            <translation>Tiada geseran direkodkan pada peta ini.</translation>
        </message>
        <message>
            <source>{frictions}, {open} not resolved; most severe first.</source>
            <translation>{frictions}, {open} belum selesai; yang paling teruk didahulukan.</translation>
        </message>
        <message>
            <source>Evidence: {states}.</source>
            <translation>Bukti: {states}.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Tahap keterukan</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>Geseran</translation>
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
            <translation>bilangan {count}</translation>
        </message>
        <message>
            <source>none recorded yet</source>
            <translation>belum ada yang direkodkan</translation>
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
            <translation>Komen</translation>
        </message>
        <message>
            <source>The map</source>
            <translation>Peta</translation>
        </message>
        <message>
            <source>This map has no stages.</source>
            <translation>Peta ini tiada peringkat.</translation>
        </message>
        <message>
            <source>Metrics are means over the stage's touchpoints that carry them (– when none does). Frictions count where they sit: on a touchpoint of the stage or on a step starting in it.</source>
            <translation>Metrik ialah purata bagi titik sentuhan peringkat itu yang mempunyainya (– jika tiada). Geseran dikira di tempat ia berada: pada titik sentuhan peringkat itu atau pada langkah yang bermula di dalamnya.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuhan</translation>
        </message>
        <message>
            <source>Emotion by persona</source>
            <translation>Emosi mengikut persona</translation>
        </message>
        <message>
            <source>Open frictions</source>
            <translation>Geseran terbuka</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Channel switches</source>
            <translation>Pertukaran saluran</translation>
        </message>
        <message>
            <source>Moments of truth</source>
            <translation>Detik penentu</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tiada</translation>
        </message>
        <message>
            <source>No hotspots: no touchpoint or step carries unresolved friction.</source>
            <translation>Tiada titik panas: tiada titik sentuhan atau langkah yang mempunyai geseran belum selesai.</translation>
        </message>
        <message>
            <source>Where fixing friction matters most: severity of unresolved friction, weighted by how many customers pass (volume) and how much of the journey flows through the place.</source>
            <translation>Tempat yang paling penting untuk membaiki geseran: tahap keterukan geseran yang belum selesai, diberi pemberat mengikut bilangan pelanggan yang melaluinya (jumlah) dan sebanyak mana perjalanan mengalir melalui tempat itu.</translation>
        </message>
        <message>
            <source>The top {shown} of {total} are listed; `journeydesk analyze` lists all.</source>
            <translation>{shown} teratas daripada {total} disenaraikan; `journeydesk analyze` menyenaraikan semuanya.</translation>
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
            <translation>Geseran</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Sebab</translation>
        </message>
        <message>
            <source>step</source>
            <translation>langkah</translation>
        </message>
        <message>
            <source>touchpoint</source>
            <translation>titik sentuhan</translation>
        </message>
        <message>
            <source>{steps} where the customer changes channel; {flagged} with unresolved friction on the step or where the customer lands (listed below).</source>
            <translation>{steps} dengan pelanggan bertukar saluran; {flagged} dengan geseran belum selesai pada langkah itu atau di tempat pelanggan tiba (disenaraikan di bawah).</translation>
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
            <translation>Saluran</translation>
        </message>
        <message>
            <source>unknown page size {size} (choose {sizes})</source>
            <translation>saiz halaman tidak dikenali {size} (pilih {sizes})</translation>
        </message>
        <message>
            <source>unknown orientation {value} (choose landscape or portrait)</source>
            <translation>orientasi tidak dikenali {value} (pilih landscape atau portrait)</translation>
        </message>
        <message>
            <source>unknown mode {value} (choose fit or tile)</source>
            <translation>mod tidak dikenali {value} (pilih fit atau tile)</translation>
        </message>
        <message>
            <source>unknown section {value} (choose from {sections})</source>
            <translation>bahagian tidak dikenali {value} (pilih daripada {sections})</translation>
        </message>
        <message>
            <source>choose at least one section to print</source>
            <translation>pilih sekurang-kurangnya satu bahagian untuk dicetak</translation>
        </message>
        <message>
            <source>margins and overlap must be numbers of millimetres</source>
            <translation>jidar dan pertindihan mesti nombor dalam milimeter</translation>
        </message>
        <message>
            <source>margins must be from 0 to {most} mm on {size}</source>
            <translation>jidar mesti antara 0 hingga {most} mm pada {size}</translation>
        </message>
        <message>
            <source>overlap must be from 0 to 50 mm</source>
            <translation>pertindihan mesti antara 0 hingga 50 mm</translation>
        </message>
        <message>
            <source>for a readable print choose {size} ({points} pt) or tile mode</source>
            <translation>untuk cetakan yang boleh dibaca, pilih {size} ({points} pt) atau mod jubin</translation>
        </message>
        <message>
            <source>for a readable print choose tile mode (full size across sheets)</source>
            <translation>untuk cetakan yang boleh dibaca, pilih mod jubin (saiz penuh merentasi helaian)</translation>
        </message>
        <message>
            <source>card titles would print at {small} pt on {paper}: printed on {larger} instead ({size} pt)</source>
            <translation>tajuk kad akan dicetak pada {small} pt di atas {paper}: dicetak pada {larger} sebagai ganti ({size} pt)</translation>
        </message>
        <message>
            <source>card titles would print at {small} pt fitted on one {paper} page: tiled at full size instead</source>
            <translation>tajuk kad akan dicetak pada {small} pt jika dimuatkan pada satu halaman {paper}: dijubin pada saiz penuh sebagai ganti</translation>
        </message>
        <message>
            <source>persona: {name}</source>
            <translation>persona: {name}</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Perjalanan tanpa tajuk</translation>
        </message>
        <message numerus="yes">
            <source>(%Ln sheet(s), {rows} × {cols})</source>
            <translation>
                <numerusform>(%Ln helaian, {rows} × {cols})</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: a part of the report does not fit on a {size} page ({error})</source>
            <translation>{path}: sebahagian laporan tidak muat pada halaman {size} ({error})</translation>
        </message>
        <message>
            <source>Fitted to one {size} landscape page at {scale}</source>
            <translation>Dimuatkan pada satu halaman {size} landskap, skala {scale}</translation>
        </message>
        <message>
            <source>Fitted to one {size} portrait page at {scale}</source>
            <translation>Dimuatkan pada satu halaman {size} potret, skala {scale}</translation>
        </message>
        <message>
            <source>the map prints at {scale} on {size}: card titles are {points} pt; {advice}</source>
            <translation>peta dicetak pada skala {scale} pada {size}: tajuk kad bersaiz {points} pt; {advice}</translation>
        </message>
        <message>
            <source>Assembly guide: {sheets} ({rows} × {columns})</source>
            <translation>Panduan mencantum: {sheets} ({rows} × {columns})</translation>
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
                <numerusform>%Ln lajur</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} — sheet {sheet} (row {row}, column {column}) of {rows} × {columns}; full size, 1 pt = 1 unit</source>
            <translation>{title} — helaian {sheet} (baris {row}, lajur {column}) daripada {rows} × {columns}; saiz penuh, 1 pt = 1 unit</translation>
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
            <translation>Daftar geseran</translation>
        </message>
        <message>
            <source>Stage scorecards</source>
            <translation>Kad skor peringkat</translation>
        </message>
        <message>
            <source>Friction hotspots</source>
            <translation>Titik panas geseran</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Komen</translation>
        </message>
        <message numerus="yes">
            <source>+%Ln more</source>
            <translation>
                <numerusform>+%Ln lagi</numerusform>
            </translation>
        </message>
        <message>
            <source>The analysis module is not available in this build, so this section is empty.</source>
            <translation>Modul analisis tidak tersedia dalam binaan ini, jadi bahagian ini kosong.</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>tiada direkodkan</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Untitled stage</source>
            <translation>Peringkat tanpa tajuk</translation>
        </message>
        <message>
            <source>Untitled lane</source>
            <translation>Lorong tanpa tajuk</translation>
        </message>
        <message>
            <source>Emotion per persona, −3 to +3</source>
            <translation>Emosi setiap persona, −3 hingga +3</translation>
        </message>
        <message>
            <source>{kind}  ·  {count}</source>
            <translation>{kind}  ·  {count}</translation>
        </message>
        <message>
            <source>This map has no stages yet.</source>
            <translation>Peta ini belum ada peringkat.</translation>
        </message>
        <message>
            <source>This map has no lanes yet.</source>
            <translation>Peta ini belum ada lorong.</translation>
        </message>
        <message>
            <source>Friction severity</source>
            <translation>Tahap keterukan geseran</translation>
        </message>
        <message>
            <source>All resolved</source>
            <translation>Semua selesai</translation>
        </message>
        <message>
            <source>shape and colour: the worst open friction; number: open frictions</source>
            <translation>bentuk dan warna: geseran terbuka yang paling teruk; nombor: bilangan geseran terbuka</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Bukti</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>Detik penentu</translation>
        </message>
        <message>
            <source>Link (persona-coloured when it is one persona's)</source>
            <translation>Pautan (berwarna persona jika milik satu persona)</translation>
        </message>
        <message>
            <source>Personas (dots on cards, emotion curves)</source>
            <translation>Persona (titik pada kad, lengkung emosi)</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(tanpa nama)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln {size} sheet(s)</source>
            <translation>
                <numerusform>%Ln helaian {size}</numerusform>
            </translation>
        </message>
        <message>
            <source>(channel break)</source>
            <translation>(pemutusan saluran)</translation>
        </message>
        <message numerus="yes">
            <source>[%Ln more characters in the map file]</source>
            <translation>
                <numerusform>[%Ln aksara lagi dalam fail peta]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s) on this persona's journey</source>
            <translation>
                <numerusform>%Ln titik sentuhan dalam perjalanan persona ini</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln friction(s)</source>
            <translation>
                <numerusform>%Ln geseran</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln comment(s)</source>
            <translation>
                <numerusform>%Ln komen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pdf.progress</name>
        <message>
            <source>Laying out the map</source>
            <translation>Menyusun atur peta</translation>
        </message>
        <message>
            <source>Analysing the map</source>
            <translation>Menganalisis peta</translation>
        </message>
        <message>
            <source>Drawing the map</source>
            <translation>Melukis peta</translation>
        </message>
        <message>
            <source>Drawing sheet {sheet}</source>
            <translation>Melukis helaian {sheet}</translation>
        </message>
        <message>
            <source>Writing {section}</source>
            <translation>Menulis {section}</translation>
        </message>
        <message>
            <source>Making the pages</source>
            <translation>Menyediakan halaman</translation>
        </message>
        <message>
            <source>Writing the file</source>
            <translation>Menulis fail</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>export cancelled</source>
            <translation>eksport dibatalkan</translation>
        </message>
    </context>
    <context>
        <name>present</name>
        <message>
            <source>Untitled</source>
            <translation>Tanpa tajuk</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Perjalanan tanpa tajuk</translation>
        </message>
        <message>
            <source>Untitled stage</source>
            <translation>Peringkat tanpa tajuk</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>No touchpoints concern {persona} yet</source>
            <translation>Belum ada titik sentuhan yang melibatkan {persona}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s) on the way</source>
            <translation>
                <numerusform>%Ln titik sentuhan sepanjang perjalanan</numerusform>
            </translation>
        </message>
        <message>
            <source>No open frictions on this map</source>
            <translation>Tiada geseran terbuka pada peta ini</translation>
        </message>
        <message>
            <source>Stage {number} of {total}</source>
            <translation>Peringkat {number} daripada {total}</translation>
        </message>
        <message>
            <source>part {part} of {parts}</source>
            <translation>bahagian {part} daripada {parts}</translation>
        </message>
        <message>
            <source>Step {number} of {total}</source>
            <translation>Langkah {number} daripada {total}</translation>
        </message>
        <message>
            <source>Hotspot {number} of {total}</source>
            <translation>Titik panas {number} daripada {total}</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Gambaran keseluruhan</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>tidak direkodkan</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open friction(s)</source>
            <translation>
                <numerusform>%Ln geseran terbuka</numerusform>
            </translation>
        </message>
        <message>
            <source>worst: {severity}</source>
            <translation>paling teruk: {severity}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln being fixed</source>
            <translation>
                <numerusform>%Ln sedang dibaiki</numerusform>
            </translation>
        </message>
        <message>
            <source>volume unknown</source>
            <translation>jumlah tidak diketahui</translation>
        </message>
        <message>
            <source>{volume} customers pass here</source>
            <translation>{volume} pelanggan melalui sini</translation>
        </message>
        <message>
            <source>on {share} of the routes through the map</source>
            <translation>pada {share} laluan merentasi peta</translation>
        </message>
    </context>
    <context>
        <name>slides</name>
        <message>
            <source>Exported {date} · JourneyDesk {version}</source>
            <translation>Dieksport {date} · JourneyDesk {version}</translation>
        </message>
        <message>
            <source>Friction hotspots</source>
            <translation>Titik panas geseran</translation>
        </message>
        <message>
            <source>Slides of a customer journey map</source>
            <translation>Slaid peta perjalanan pelanggan</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Untitled stage</source>
            <translation>Peringkat tanpa tajuk</translation>
        </message>
        <message>
            <source>Untitled lane</source>
            <translation>Lorong tanpa tajuk</translation>
        </message>
        <message numerus="yes">
            <source>+ %Ln more</source>
            <translation>
                <numerusform>+ %Ln lagi</numerusform>
            </translation>
        </message>
        <message>
            <source>Untitled friction</source>
            <translation>Geseran tanpa tajuk</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>selesai</translation>
        </message>
        <message>
            <source>being fixed</source>
            <translation>sedang dibaiki</translation>
        </message>
        <message>
            <source>In this stage</source>
            <translation>Dalam peringkat ini</translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s)</source>
            <translation>
                <numerusform>%Ln titik sentuhan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln channel switch(es)</source>
            <translation>
                <numerusform>%Ln pertukaran saluran</numerusform>
            </translation>
        </message>
        <message>
            <source>How they feel here (−3 to +3)</source>
            <translation>Perasaan mereka di sini (−3 hingga +3)</translation>
        </message>
        <message>
            <source>Frictions here</source>
            <translation>Geseran di sini</translation>
        </message>
        <message>
            <source>No friction on these cards</source>
            <translation>Tiada geseran pada kad-kad ini</translation>
        </message>
        <message>
            <source>Speaker notes</source>
            <translation>Nota penceramah</translation>
        </message>
        <message>
            <source>No notes for this slide.</source>
            <translation>Tiada nota untuk slaid ini.</translation>
        </message>
        <message>
            <source>(the full notes are in the map file)</source>
            <translation>(nota penuh ada dalam fail peta)</translation>
        </message>
        <message>
            <source>Persona {number} of {total}</source>
            <translation>Persona {number} daripada {total}</translation>
        </message>
        <message>
            <source>part {part} of {parts}</source>
            <translation>bahagian {part} daripada {parts}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln touchpoint(s) on the way</source>
            <translation>
                <numerusform>%Ln titik sentuhan sepanjang perjalanan</numerusform>
            </translation>
        </message>
        <message>
            <source>Friction hotspots, worst first</source>
            <translation>Titik panas geseran, yang paling teruk dahulu</translation>
        </message>
        <message>
            <source>Where fixing friction matters most</source>
            <translation>Tempat yang paling penting untuk membaiki geseran</translation>
        </message>
        <message numerus="yes">
            <source>The top {shown} of %Ln hotspot(s); every one is in journeydesk analyze</source>
            <translation>
                <numerusform>{shown} teratas daripada %Ln titik panas; semuanya ada dalam journeydesk analyze</numerusform>
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
            <translation>tiada templat {name} (templat: {names})</translation>
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
            <translation>Cerah</translation>
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
            <translation>Kekeliruan</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Tiada maklumat</translation>
        </message>
        <message>
            <source>Broken promise</source>
            <translation>Janji tidak ditepati</translation>
        </message>
        <message>
            <source>Channel break</source>
            <translation>Pemutusan saluran</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Usaha</translation>
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
            <translation>Diperhatikan</translation>
        </message>
        <message>
            <source>Assumed</source>
            <translation>Diandaikan</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Dicadangkan</translation>
        </message>
        <message>
            <source>seen or measured</source>
            <translation>dilihat atau diukur</translation>
        </message>
        <message>
            <source>the team's belief</source>
            <translation>kepercayaan pasukan</translation>
        </message>
        <message>
            <source>to be checked</source>
            <translation>perlu disemak</translation>
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
            <translation>tajuk</translation>
        </message>
        <message>
            <source>description</source>
            <translation>keterangan</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>role</source>
            <translation>peranan</translation>
        </message>
        <message>
            <source>goals</source>
            <translation>matlamat</translation>
        </message>
        <message>
            <source>needs</source>
            <translation>keperluan</translation>
        </message>
        <message>
            <source>frustrations</source>
            <translation>kekecewaan</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>petikan</translation>
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
            <translation>peringkat</translation>
        </message>
        <message>
            <source>lane</source>
            <translation>lorong</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>saluran</translation>
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
            <translation>detik penentu</translation>
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
            <translation>tahap keterukan</translation>
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
            <translation>pengarang</translation>
        </message>
        <message>
            <source>created</source>
            <translation>dicipta</translation>
        </message>
        <message>
            <source>modified</source>
            <translation>diubah suai</translation>
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
            <translation>kedudukan</translation>
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
            <translation>Peringkat</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Lorong</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Saluran</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Titik sentuhan</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Pautan</translation>
        </message>
        <message>
            <source>Friction</source>
            <translation>Geseran</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komen</translation>
        </message>
    </context>
    <context>
        <name>vocabulary.lane</name>
        <message>
            <source>Touchpoints</source>
            <translation>Titik sentuhan</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <source>Thoughts</source>
            <translation>Fikiran</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Emosi</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Titik kesakitan</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Peluang</translation>
        </message>
        <message>
            <source>Frontstage</source>
            <translation>Hadapan pentas</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Belakang pentas</translation>
        </message>
        <message>
            <source>Support processes</source>
            <translation>Proses sokongan</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Tersuai</translation>
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
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Conversion %</source>
            <translation>Kadar penukaran %</translation>
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
            <translation>Sederhana</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>Serius</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritikal</translation>
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
            <translation>Dalam tindakan</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Selesai</translation>
        </message>
    </context>
</TS>
