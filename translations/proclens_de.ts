<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="src/language_menu.cpp" line="+15"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;System default</source>
        <translation>&amp;Systemvorgabe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ProcLens will follow the system language from its next start.</source>
        <translation>ProcLens verwendet ab dem nächsten Start die Systemsprache.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProcLens will use %1 from its next start.</source>
        <translation>ProcLens verwendet ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>ProcessState</name>
    <message>
        <location filename="../gui/model/process_tree_model.cpp" line="+102"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sleeping</source>
        <translation>schlafend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk sleep</source>
        <translation>wartet auf E/A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traced</source>
        <translation>verfolgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../gui/activity/activity_export_source.cpp" line="+25"/>
        <source>Activity log (%1 events)</source>
        <translation>Aktivitätsprotokoll (%1 Ereignisse)</translation>
    </message>
    <message>
        <location filename="../gui/activity/highlight_rules.cpp" line="+58"/>
        <source>rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../gui/app/main.cpp" line="+71"/>
        <source>proclens: unknown language &apos;%1&apos; (known: %2)</source>
        <translation>proclens: unbekannte Sprache „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Live process monitor built on eBPF.</source>
        <translation>Live-Prozessmonitor auf Basis von eBPF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always start a private helper (peer-to-peer) instead of using the system bus.</source>
        <translation>Immer einen privaten Helfer (Peer-to-Peer) starten, statt den Systembus zu verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helper executable for peer mode.</source>
        <translation>Ausführbare Datei des Helfers für den Peer-Modus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write PNGs of each view into DIR once live, then quit.</source>
        <translation>Sobald live, PNG-Bilder jeder Ansicht in DIR schreiben und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milliseconds to wait before the screenshots (default 3000).</source>
        <translation>Wartezeit in Millisekunden vor den Bildschirmfotos (Vorgabe 3000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the first process with this name.</source>
        <translation>Den ersten Prozess mit diesem Namen auswählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours: dark, or the desktop&apos;s (default).</source>
        <translation>Farben: dark (dunkel) oder die der Arbeitsumgebung (Vorgabe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User interface language (%1); default: the system&apos;s.</source>
        <translation>Sprache der Oberfläche (%1); Vorgabe: die des Systems.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>proclens: --palette takes &apos;dark&apos;</source>
        <translation>proclens: --palette erwartet „dark“</translation>
    </message>
</context>
<context>
    <name>proclens-cli</name>
    <message>
        <location filename="../cli/helper_connection.cpp" line="+130"/>
        <source>cannot reach the ProcLens helper over the %1: %2</source>
        <translation>der ProcLens-Helfer ist über %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1; reading /proc directly (other users&apos; details may be missing)</source>
        <translation>%1; /proc wird direkt gelesen (Details anderer Benutzer können fehlen)</translation>
    </message>
    <message>
        <location filename="../cli/output_sink.cpp" line="+16"/>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open %1 for writing: %2</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../cli/ps_command.cpp" line="+88"/>
        <source>cannot read the process list: %1</source>
        <translation>die Prozessliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../cli/status_command.cpp" line="+17"/>
        <source>proclens-cli %1 needs root to load its BPF programs (run it with sudo)</source>
        <translation>proclens-cli %1 braucht root-Rechte, um seine BPF-Programme zu laden (mit sudo ausführen)</translation>
    </message>
    <message>
        <location filename="../cli/summary_output.cpp" line="+20"/>
        <source>-- summary after %1 s (top %2 by count) --</source>
        <translation>-- Zusammenfassung nach %1 s (die %2 häufigsten) --</translation>
    </message>
    <message>
        <location filename="../cli/arguments.cpp" line="+89"/>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 takes no value</source>
        <translation>%1 erwartet keinen Wert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs %2 (a non-negative integer), got &apos;%3&apos;</source>
        <translation>%1 braucht %2 (eine nicht negative ganze Zahl), erhalten: „%3“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--syscall number %1 is out of range (0-%2)</source>
        <translation>--syscall-Nummer %1 liegt außerhalb des Bereichs (0-%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--syscall: unknown x86_64 system call &apos;%1&apos;</source>
        <translation>--syscall: unbekannter x86_64-Systemaufruf „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format must be text, csv or jsonl, got &apos;%1&apos;</source>
        <translation>--format muss text, csv oder jsonl sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown option &apos;%1&apos; for record</source>
        <translation>unbekannte Option „%1“ für record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a user id</source>
        <translation>eine Benutzer-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a process id</source>
        <translation>eine Prozess-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--comm needs a command name of 1 to %1 bytes, got &apos;%2&apos;</source>
        <translation>--comm braucht einen Befehlsnamen mit 1 bis %1 Bytes, erhalten: „%2“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--filter given twice (join the expressions with &quot;and&quot;)</source>
        <translation>--filter wurde zweimal angegeben (verbinden Sie die Ausdrücke mit &quot;and&quot;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--duration needs a positive number of seconds, got &apos;%1&apos;</source>
        <translation>--duration braucht eine positive Anzahl Sekunden, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--ring-size needs a size in MiB from 1 to %1, got &apos;%2&apos;</source>
        <translation>--ring-size braucht eine Größe in MiB von 1 bis %1, erhalten: „%2“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a file name</source>
        <translation>%1 braucht einen Dateinamen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown option &apos;%1&apos; for ps</source>
        <translation>unbekannte Option „%1“ für ps</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown option &apos;%1&apos; (options go after the command)</source>
        <translation>unbekannte Option „%1“ (Optionen folgen nach dem Befehl)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>status takes no option, got &apos;%1&apos;</source>
        <translation>status erwartet keine Option, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--follow needs at least one --pid</source>
        <translation>--follow braucht mindestens eine --pid</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: proclens-cli [-v] [--direct] COMMAND [OPTIONS]

record, ps and status go through proclens-helper: over the system bus when its
service is installed, else a private helper started directly (root) or through
pkexec (pkttyagent asks for the password on this terminal). --direct (any
command) captures in this process instead, which needs root.

Commands:
  record    capture process events and system calls (needs root)
  ps        print the processes with their namespaces and container
  status    print the kernel, capture mode and programs the engine attaches (needs root)
  help      print this text

record options:
  --summary             per-process per-syscall table (default without --events);
                        printed at the end, and every second with --format text
  --events              every finished system call as an event row
  --pid P               only process P (repeatable)
  --exclude-pid P       never process P (repeatable)
  --follow              children of --pid processes are included too
  --uid U               only processes of user id U (repeatable)
  --comm C              only processes named C (repeatable)
  --syscall NAME|NR     only this system call (repeatable)
  --filter EXPR         only events matching EXPR, e.g. &apos;path ~ &quot;/etc&quot; and result != 0&apos;
                        (fields: pid ppid tid comm exe user syscall result errno retval
                        path addr port container ns.* cgroup duration event); the part
                        the kernel can apply is sent with the capture filter
  --format F            text (default), csv (RFC 4180, header row) or jsonl
  --duration S          stop after S seconds (default: at Ctrl-C or SIGTERM)
  --ring-size MiB       ring buffer size with --direct (default 64; the helper sizes its own)
  -o, --output FILE     write to FILE instead of standard output

ps options:
  --tree                tree order (text: indented names; csv/jsonl: a depth column)
  --format F            text (default), csv or jsonl
</source>
        <translation>Aufruf: proclens-cli [-v] [--direct] BEFEHL [OPTIONEN]

record, ps und status laufen über proclens-helper: über den Systembus, wenn
dessen Dienst installiert ist, sonst über einen privaten Helfer, der direkt
(root) oder über pkexec gestartet wird (pkttyagent fragt auf diesem Terminal
nach dem Passwort). --direct (bei jedem Befehl) zeichnet stattdessen in diesem
Prozess auf, was root-Rechte erfordert.

Befehle:
  record    Prozessereignisse und Systemaufrufe aufzeichnen (braucht root)
  ps        die Prozesse mit ihren Namensräumen und ihrem Container ausgeben
  status    Kernel, Aufzeichnungsmodus und die von der Engine angehängten Programme
            ausgeben (braucht root)
  help      diesen Text ausgeben

Optionen für record:
  --summary             Tabelle je Prozess und Systemaufruf (Vorgabe ohne
                        --events); am Ende ausgegeben, mit --format text
                        zusätzlich jede Sekunde
  --events              jeder abgeschlossene Systemaufruf als Ereigniszeile
  --pid P               nur Prozess P (mehrfach angebbar)
  --exclude-pid P       nie Prozess P (mehrfach angebbar)
  --follow              auch Kindprozesse der --pid-Prozesse einbeziehen
  --uid U               nur Prozesse der Benutzer-ID U (mehrfach angebbar)
  --comm C              nur Prozesse mit dem Namen C (mehrfach angebbar)
  --syscall NAME|NR     nur dieser Systemaufruf (mehrfach angebbar)
  --filter AUSDRUCK     nur Ereignisse, auf die AUSDRUCK zutrifft, z. B.
                        &apos;path ~ &quot;/etc&quot; and result != 0&apos;
                        (Felder: pid ppid tid comm exe user syscall result errno
                        retval path addr port container ns.* cgroup duration
                        event); der Teil, den der Kernel anwenden kann, wird mit
                        dem Aufzeichnungsfilter gesendet
  --format F            text (Vorgabe), csv (RFC 4180, Kopfzeile) oder jsonl
  --duration S          nach S Sekunden beenden (Vorgabe: bei Strg+C oder SIGTERM)
  --ring-size MiB       Größe des Ringpuffers mit --direct (Vorgabe 64; der
                        Helfer wählt seine eigene)
  -o, --output DATEI    in DATEI statt in die Standardausgabe schreiben

Optionen für ps:
  --tree                Baumreihenfolge (text: eingerückte Namen; csv/jsonl:
                        eine Spalte depth)
  --format F            text (Vorgabe), csv oder jsonl
</translation>
    </message>
    <message>
        <location filename="../cli/record_command.cpp" line="+74"/>
        <source>recording (%1, %2 MiB ring buffer); Ctrl-C stops</source>
        <translation>Aufzeichnung läuft (%1, %2 MiB Ringpuffer); Strg+C beendet</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../cli/record_via_helper.cpp" line="+192"/>
        <source>-- summary --</source>
        <translation>-- Zusammenfassung --</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../cli/record_via_helper.cpp" line="+12"/>
        <source>output stopped: %1</source>
        <translation>Ausgabe abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 records lost in the kernel (ring buffer full) and %2 in user space; a larger --ring-size or a narrower filter helps</source>
        <translation>%1 Datensätze im Kernel verloren (Ringpuffer voll) und %2 im Userspace; ein größeres --ring-size oder ein engerer Filter hilft</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../cli/record_via_helper.cpp" line="+12"/>
        <source>%1 malformed records skipped</source>
        <translation>%1 fehlerhafte Datensätze übersprungen</translation>
    </message>
    <message>
        <location filename="../cli/record_via_helper.cpp" line="-114"/>
        <source>%1 (--direct runs the capture in this process, as root)</source>
        <translation>%1 (--direct führt die Aufzeichnung in diesem Prozess aus, als root)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the helper refused to record: %1</source>
        <translation>der Helfer hat die Aufzeichnung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recording through the helper (%1, %2); Ctrl-C stops</source>
        <translation>Aufzeichnung über den Helfer läuft (%1, %2); Strg+C beendet</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 records lost in the kernel (ring buffer full) and %2 batches dropped by the helper (this client read too slowly); a narrower filter helps</source>
        <translation>%1 Datensätze im Kernel verloren (Ringpuffer voll) und %2 Pakete vom Helfer verworfen (dieser Client hat zu langsam gelesen); ein engerer Filter hilft</translation>
    </message>
</context>
<context>
    <name>proclens::gui</name>
    <message>
        <location filename="../gui/activity/event_details.cpp" line="+31"/>
        <location line="+59"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (monotonic ns)</source>
        <translation>Zeitstempel (monoton, ns)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log position</source>
        <translation>Position im Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syscall number</source>
        <translation>Systemaufrufnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Raw argument %1</source>
        <translation>Rohargument %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path %1</source>
        <translation>Pfad %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Socket address</source>
        <translation>Socket-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parent PID</source>
        <translation>Eltern-PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID in its namespace</source>
        <translation>PID in seinem Namensraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UID / GID</source>
        <translation>UID / GID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time (monotonic ns)</source>
        <translation>Startzeit (monoton, ns)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cgroup id</source>
        <translation>cgroup-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executable</source>
        <translation>Ausführbare Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous thread id</source>
        <translation>Vorherige Thread-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit code</source>
        <translation>Rückgabewert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit signal</source>
        <translation>Beendigungssignal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namespace %1</source>
        <translation>Namensraum %1</translation>
    </message>
    <message>
        <location filename="../gui/export/export_file.cpp" line="+48"/>
        <source>Export writes CSV or JSON Lines, not plain text.</source>
        <translation>Der Export schreibt CSV oder JSON Lines, keinen reinen Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file name given.</source>
        <translation>Kein Dateiname angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export: the view shows no columns.</source>
        <translation>Nichts zu exportieren: Die Ansicht zeigt keine Spalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+31"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Export cancelled after %1 of %2 rows; %3 was not written.</source>
        <translation>Export nach %1 von %2 Zeilen abgebrochen; %3 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export of %1 stopped: row %2 has %3 cells for %4 columns.</source>
        <translation>Export von %1 abgebrochen: Zeile %2 hat %3 Zellen für %4 Spalten.</translation>
    </message>
    <message>
        <location filename="../gui/export/export_action.cpp" line="+34"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This view has nothing to export.</source>
        <translation>Diese Ansicht enthält nichts zum Exportieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Lines (*.jsonl *.ndjson)</source>
        <translation>JSON Lines (*.jsonl *.ndjson)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ActivityModel</name>
    <message>
        <location filename="../gui/activity/activity_model.cpp" line="+138"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ActivityView</name>
    <message>
        <location filename="../gui/activity/activity_view.cpp" line="+38"/>
        <source>&amp;View filter:</source>
        <translation>&amp;Ansichtsfilter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrows what this view shows; everything captured is kept. The capture filter (what the helper records) is set separately.</source>
        <translation>Schränkt ein, was diese Ansicht zeigt; alles Aufgezeichnete bleibt erhalten. Der Aufzeichnungsfilter (was der Helfer aufzeichnet) wird getrennt festgelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. path ~ &quot;/etc&quot; and result != 0 — press Enter to apply</source>
        <translation>z. B. path ~ &quot;/etc&quot; and result != 0 – mit Eingabetaste anwenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+176"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Pause or resume the capture</source>
        <translation>Aufzeichnung pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove every event from the log</source>
        <translation>Alle Ereignisse aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the newest event in view (stops when you scroll up)</source>
        <translation>Das neueste Ereignis im Blick behalten (endet beim Hochscrollen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Jump to process</source>
        <translation>Zum &amp;Prozess springen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected event&apos;s process in the Processes tab</source>
        <translation>Den Prozess des ausgewählten Ereignisses im Reiter „Prozesse“ zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Highlight…</source>
        <translation>&amp;Hervorheben …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour rows matching filter expressions</source>
        <translation>Zeilen einfärben, die Filterausdrücken entsprechen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select an event to see every field.</source>
        <translation>Wählen Sie ein Ereignis aus, um alle Felder zu sehen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>View filter applied in %1 ms (%2 rows)</source>
        <translation>Ansichtsfilter in %1 ms angewendet (%2 Zeilen)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>View filter error at position %1: %2</source>
        <translation>Fehler im Ansichtsfilter an Position %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applying the view filter…</source>
        <translation>Ansichtsfilter wird angewendet …</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 events kept (at most %2)</source>
        <translation>%1 Ereignisse behalten (höchstens %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 oldest events dropped to stay within the limit</source>
        <translation>; %1 älteste Ereignisse verworfen, um die Grenze einzuhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 shown by the view filter</source>
        <translation>; %1 vom Ansichtsfilter angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; capture paused</source>
        <translation>; Aufzeichnung pausiert</translation>
    </message>
</context>
<context>
    <name>proclens::gui::DetailsPane</name>
    <message>
        <location filename="../gui/app/details_pane.cpp" line="+38"/>
        <source>Select a process to see its details.</source>
        <translation>Wählen Sie einen Prozess aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not shown)</source>
        <translation>%1 (nicht angezeigt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ancestry</source>
        <translation>Abstammung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none: kernel thread)</source>
        <translation>(keine: Kernel-Thread)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executable</source>
        <translation>Ausführbare Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID in its namespace</source>
        <translation>PID in seinem Namensraum</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>shared with %n process(es)</source>
        <translation>
            <numerusform>mit %n Prozess geteilt</numerusform>
            <numerusform>mit %n Prozessen geteilt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespaces</source>
        <translation>Namensräume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 abgewürgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code %1</source>
        <translation>Rückgabewert %1</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ExportJob</name>
    <message>
        <location filename="../gui/export/export_job.cpp" line="+34"/>
        <source>Nothing to export.</source>
        <translation>Nichts zu exportieren.</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ExportProgress</name>
    <message>
        <location filename="../gui/export/export_progress.cpp" line="+33"/>
        <source>Exporting %1 to %2…</source>
        <translation>%1 wird nach %2 exportiert …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported %1 rows of %2 to %3 (%4)</source>
        <translation>%1 Zeilen von %2 nach %3 exportiert (%4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

No file was written.</source>
        <translation>%1

Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>proclens::gui::FilterDialog</name>
    <message>
        <location filename="../gui/filter/filter_dialog.cpp" line="+29"/>
        <source>a number, e.g. 1234</source>
        <translation>eine Zahl, z. B. 1234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text, e.g. /etc/passwd</source>
        <translation>Text, z. B. /etc/passwd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user name or uid, e.g. root</source>
        <translation>ein Benutzername oder eine UID, z. B. root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a syscall name or number, e.g. openat</source>
        <translation>ein Systemaufrufname oder eine -nummer, z. B. openat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number or errno name, e.g. ENOENT</source>
        <translation>eine Zahl oder ein errno-Name, z. B. ENOENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an errno name or number, e.g. EACCES</source>
        <translation>ein errno-Name oder eine Zahl, z. B. EACCES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a duration, e.g. 10ms</source>
        <translation>eine Dauer, z. B. 10ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syscall, fork, exec or exit</source>
        <translation>syscall, fork, exec oder exit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Capture filter</source>
        <translation>Aufzeichnungsfilter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View filter</source>
        <translation>Ansichtsfilter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Capture filter&lt;/b&gt; — decides what the helper records. The part the kernel can test is applied there (less overhead); the rest is applied in the view.</source>
        <translation>&lt;b&gt;Aufzeichnungsfilter&lt;/b&gt; – bestimmt, was der Helfer aufzeichnet. Der Teil, den der Kernel prüfen kann, wird dort angewendet (weniger Last); der Rest in der Ansicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;View filter&lt;/b&gt; — hides events already captured, instantly. Nothing is sent to the helper; clear it to see everything again.</source>
        <translation>&lt;b&gt;Ansichtsfilter&lt;/b&gt; – blendet bereits aufgezeichnete Ereignisse sofort aus. An den Helfer wird nichts gesendet; leeren Sie ihn, um wieder alles zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+145"/>
        <source>Edit as &amp;text</source>
        <translation>Als &amp;Text bearbeiten</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Apply to capture</source>
        <translation>Auf Aufzeichnung anwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply to view</source>
        <translation>Auf Ansicht anwenden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Include</source>
        <translation>Einschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Edit as &amp;rules</source>
        <translation>Als &amp;Regeln bearbeiten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;In the kernel:&lt;/b&gt; nothing (everything is captured)</source>
        <translation>&lt;b&gt;Im Kernel:&lt;/b&gt; nichts (alles wird aufgezeichnet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;In the kernel:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Im Kernel:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (no part of this filter can run there)</source>
        <translation>nichts (kein Teil dieses Filters kann dort laufen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;In the view:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;In der Ansicht:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (the kernel applies all of it)</source>
        <translation>nichts (der Kernel wendet alles an)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the filter text first; it cannot be shown as rules while it has an error.</source>
        <translation>Korrigieren Sie zuerst den Filtertext; solange er einen Fehler enthält, kann er nicht als Regeln angezeigt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This filter is not a list of include/exclude rules (for example it uses &quot;or&quot; across columns), so it can only be edited as text.</source>
        <translation>Dieser Filter ist keine Liste von Einschluss-/Ausschlussregeln (er verwendet z. B. „or“ über mehrere Spalten) und kann daher nur als Text bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This filter is not a list of include/exclude rules (for example it uses &quot;or&quot; across columns), so it is shown as text.</source>
        <translation>Dieser Filter ist keine Liste von Einschluss-/Ausschlussregeln (er verwendet z. B. „or“ über mehrere Spalten) und wird daher als Text angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This filter has an error; correct it as text.</source>
        <translation>Dieser Filter enthält einen Fehler; korrigieren Sie ihn als Text.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The filter has an error: %1</source>
        <translation>Der Filter enthält einen Fehler: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Save preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the preset &quot;%1&quot;?</source>
        <translation>Vorlage „%1“ ersetzen?</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>Rename preset</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>Vorlage „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>proclens::gui::FilterMenu</name>
    <message>
        <location filename="../gui/filter/filter_menu.cpp" line="+42"/>
        <source>Fil&amp;ter</source>
        <translation>Fil&amp;ter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capture filter… (what the helper records)</source>
        <translation>&amp;Aufzeichnungsfilter … (was der Helfer aufzeichnet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear capture filter</source>
        <translation>Aufzeichnungsfilter &amp;leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View filter… (what the activity log shows)</source>
        <translation>A&amp;nsichtsfilter … (was das Aktivitätsprotokoll zeigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cl&amp;ear view filter</source>
        <translation>Ansichtsfilter l&amp;eeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;preset as view filter</source>
        <translation>&amp;Vorlage als Ansichtsfilter anwenden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The helper refused the capture filter: %1</source>
        <translation>Der Helfer hat den Aufzeichnungsfilter abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Capture filter cleared</source>
        <translation>Aufzeichnungsfilter geleert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture filter: kernel: %1; view: %2</source>
        <translation>Aufzeichnungsfilter: Kernel: %1; Ansicht: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>View filter cleared</source>
        <translation>Ansichtsfilter geleert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View filter: %1</source>
        <translation>Ansichtsfilter: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Capture filter</source>
        <translation>Aufzeichnungsfilter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no presets: save one in a filter dialog)</source>
        <translation>(keine Vorlagen: speichern Sie eine in einem Filterdialog)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View filter</source>
        <translation>Ansichtsfilter</translation>
    </message>
</context>
<context>
    <name>proclens::gui::FilterPresets</name>
    <message>
        <location filename="../gui/filter/filter_presets.cpp" line="+61"/>
        <location line="+35"/>
        <source>A preset needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>An empty filter cannot be saved as a preset.</source>
        <translation>Ein leerer Filter kann nicht als Vorlage gespeichert werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A preset &quot;%1&quot; already exists.</source>
        <translation>Eine Vorlage „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>proclens::gui::HighlightRulesDialog</name>
    <message>
        <location filename="../gui/activity/highlight_rules.cpp" line="+10"/>
        <source>Highlight rules</source>
        <translation>Hervorhebungsregeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows matching a rule get its colour; the first matching rule wins. Rules use the filter language, e.g. &lt;tt&gt;result != 0&lt;/tt&gt; or &lt;tt&gt;comm = &quot;bash&quot;&lt;/tt&gt;.</source>
        <translation>Zeilen, die einer Regel entsprechen, erhalten deren Farbe; die erste passende Regel gilt. Regeln verwenden die Filtersprache, z. B. &lt;tt&gt;result != 0&lt;/tt&gt; oder &lt;tt&gt;comm = &quot;bash&quot;&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter expression</source>
        <translation>Filterausdruck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe …</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Row colour</source>
        <translation>Zeilenfarbe</translation>
    </message>
</context>
<context>
    <name>proclens::gui::LiveSession</name>
    <message>
        <location filename="../gui/app/live_session.cpp" line="+61"/>
        <source>Connecting to the ProcLens helper. You may be asked to authenticate.</source>
        <translation>Verbindung zum ProcLens-Helfer wird hergestellt. Möglicherweise werden Sie zur Authentifizierung aufgefordert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the process list…</source>
        <translation>Prozessliste wird gelesen …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
</context>
<context>
    <name>proclens::gui::MainWindow</name>
    <message>
        <location filename="../gui/app/main_window.cpp" line="+51"/>
        <source>ProcLens</source>
        <translation>ProcLens</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Processes</source>
        <translation>&amp;Prozesse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not pause</source>
        <translation>Pausieren nicht möglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not resume</source>
        <translation>Fortsetzen nicht möglich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Process %1 is no longer in the process list</source>
        <translation>Prozess %1 ist nicht mehr in der Prozessliste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Namespaces</source>
        <translation>&amp;Namensräume</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reconnect</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+13"/>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Connecting to the ProcLens helper. Your system may ask you to authenticate.</source>
        <translation>Verbindung zum ProcLens-Helfer wird hergestellt. Ihr System fragt Sie möglicherweise nach einer Authentifizierung.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Permission refused</source>
        <translation>Berechtigung verweigert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The helper refused access: %1</source>
        <translation>Der Helfer hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring processes needs the org.proclens.monitor permission. Authenticate as an administrator when asked, ask your administrator to grant it, or run ProcLens as root. Then retry.</source>
        <translation>Zum Überwachen von Prozessen ist die Berechtigung org.proclens.monitor nötig. Authentifizieren Sie sich bei Nachfrage als Administrator, bitten Sie Ihren Administrator, sie zu erteilen, oder führen Sie ProcLens als root aus. Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No helper</source>
        <translation>Kein Helfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProcLens could not start its helper: %1</source>
        <translation>ProcLens konnte seinen Helfer nicht starten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install ProcLens (its helper proclens-helper and its D-Bus and polkit files), make sure pkexec is available, or run ProcLens as root. Then retry.</source>
        <translation>Installieren Sie ProcLens (den Helfer proclens-helper sowie seine D-Bus- und polkit-Dateien), stellen Sie sicher, dass pkexec verfügbar ist, oder führen Sie ProcLens als root aus. Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Capturing (private helper)</source>
        <translation>Aufzeichnung läuft (privater Helfer)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capturing</source>
        <translation>Aufzeichnung läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnected: %1</source>
        <translation>Getrennt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not capturing</source>
        <translation>Keine Aufzeichnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mode: %1</source>
        <translation>Modus: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kernel: %1</source>
        <translation>Kernel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drops: %1</source>
        <translation>Verluste: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Process</source>
        <translation>&amp;Prozess</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Terminate</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>terminate</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kill…</source>
        <translation>&amp;Abwürgen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kill</source>
        <translation>Abwürgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;priority…</source>
        <translation>&amp;Priorität ändern …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy row</source>
        <translation>Zeile &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy P&amp;ID</source>
        <translation>P&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter to this process</source>
        <translation>Auf diesen Prozess &amp;filtern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter to its &amp;namespace (pid)</source>
        <translation>Auf seinen &amp;Namensraum filtern (pid)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter to its c&amp;ontainer</source>
        <translation>Auf seinen &amp;Container filtern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filter</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited rows &amp;linger…</source>
        <translation>&amp;Verweildauer beendeter Zeilen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sample interval…</source>
        <translation>&amp;Abtastintervall …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity log si&amp;ze…</source>
        <translation>&amp;Größe des Aktivitätsprotokolls …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activity log (every system call)</source>
        <translation>&amp;Aktivitätsprotokoll (jeder Systemaufruf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not switch the activity log</source>
        <translation>Das Aktivitätsprotokoll konnte nicht umgeschaltet werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kill process</source>
        <translation>Prozess abwürgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill %1 (PID %2)? It cannot clean up.</source>
        <translation>%1 (PID %2) abwürgen? Der Prozess kann nicht mehr aufräumen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not %1 the process</source>
        <translation>Aktion „%1“ für den Prozess fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent %1 to %2 (PID %3)</source>
        <translation>„%1“ an %2 (PID %3) gesendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change priority</source>
        <translation>Priorität ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nice value for %1 (PID %2), -20 (highest) to 19 (lowest):</source>
        <translation>Nice-Wert für %1 (PID %2), -20 (höchste) bis 19 (niedrigste):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not change the priority</source>
        <translation>Die Priorität konnte nicht geändert werden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>process %1 and its children</source>
        <translation>Prozess %1 und seine Kindprozesse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 namespace %2</source>
        <translation>%1-Namensraum %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cgroup %1</source>
        <translation>cgroup %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exited processes</source>
        <translation>Beendete Prozesse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep exited processes for (seconds):</source>
        <translation>Beendete Prozesse anzeigen für (Sekunden):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sampling</source>
        <translation>Abtastung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read CPU and memory every (seconds):</source>
        <translation>CPU und Speicher lesen alle (Sekunden):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep at most this many events (the oldest go first):</source>
        <translation>Höchstens so viele Ereignisse behalten (die ältesten gehen zuerst):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Namespaces</source>
        <translation>Namensräume</translation>
    </message>
</context>
<context>
    <name>proclens::gui::NamespaceModel</name>
    <message>
        <location filename="../gui/model/namespace_model.cpp" line="+198"/>
        <source>Namespace / process</source>
        <translation>Namensraum / Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes / PID</source>
        <translation>Prozesse / PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 namespaces</source>
        <translation>%1-Namensräume</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1:[%2] (host)</source>
        <translation>%1:[%2] (Host)</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ProcessExport</name>
    <message>
        <location filename="../gui/export/process_export_source.cpp" line="+26"/>
        <source>Memory (RSS, bytes)</source>
        <translation>Speicher (RSS, Bytes)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Processes (list)</source>
        <translation>Prozesse (Liste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes (tree)</source>
        <translation>Prozesse (Baum)</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ProcessTreeModel</name>
    <message>
        <location filename="../gui/model/process_tree_model.cpp" line="+19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PPID</source>
        <translation>PPID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (RSS)</source>
        <translation>Speicher (RSS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container / cgroup</source>
        <translation>Container / cgroup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pid ns</source>
        <translation>PID-NS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mnt ns</source>
        <translation>Mount-NS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net ns</source>
        <translation>Netz-NS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uts ns</source>
        <translation>UTS-NS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ipc ns</source>
        <translation>IPC-NS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user ns</source>
        <translation>Benutzer-NS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cgroup ns</source>
        <translation>cgroup-NS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time ns</source>
        <translation>Zeit-NS</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>killed (signal %1)</source>
        <translation>abgewürgt (Signal %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exited (%1)</source>
        <translation>beendet (%1)</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ProcessView</name>
    <message>
        <location filename="../gui/app/process_view.cpp" line="+42"/>
        <source>Flat list</source>
        <translation>Flache Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show processes as a flat list instead of a tree (Ctrl+L)</source>
        <translation>Prozesse als flache Liste statt als Baum anzeigen (Strg+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand all</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse all</source>
        <translation>Alle einklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns…</source>
        <translation>Spalten …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
</context>
<context>
    <name>proclens::gui::StartPage</name>
    <message>
        <location filename="../gui/app/start_page.cpp" line="+33"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preparing ProcLens…</source>
        <translation>ProcLens wird vorbereitet …</translation>
    </message>
</context>
<context>
    <name>proclens::gui::SummaryModel</name>
    <message>
        <location filename="../gui/summary/summary_model.cpp" line="+107"/>
        <source>Process / syscall</source>
        <translation>Prozess / Systemaufruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total latency</source>
        <translation>Gesamtlatenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg latency</source>
        <translation>Mittlere Latenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max latency</source>
        <translation>Maximale Latenz</translation>
    </message>
</context>
<context>
    <name>proclens::gui::SummaryView</name>
    <message>
        <location filename="../gui/summary/summary_view.cpp" line="+54"/>
        <source>&amp;All processes</source>
        <translation>&amp;Alle Prozesse</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>all processes</source>
        <translation>alle Prozesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts for %1 — %2 calls, %3 errors</source>
        <translation>Diagramme für %1 – %2 Aufrufe, %3 Fehler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Top %1 syscalls by calls</source>
        <translation>Die %1 häufigsten Systemaufrufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Syscalls per second</source>
        <translation>Systemaufrufe pro Sekunde</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
</TS>
