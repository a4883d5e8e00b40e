<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="src/language_menu.cpp" line="+15"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;System default</source>
        <translation>システムの既定(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ProcLens will follow the system language from its next start.</source>
        <translation>ProcLens は次回の起動からシステムの言語を使用します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProcLens will use %1 from its next start.</source>
        <translation>ProcLens は次回の起動から %1 を使用します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>ProcessState</name>
    <message>
        <location filename="../gui/model/process_tree_model.cpp" line="+102"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sleeping</source>
        <translation>スリープ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk sleep</source>
        <translation>ディスク待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zombie</source>
        <translation>ゾンビ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traced</source>
        <translation>トレース中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle</source>
        <translation>アイドル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exited</source>
        <translation>終了済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../gui/activity/activity_export_source.cpp" line="+25"/>
        <source>Activity log (%1 events)</source>
        <translation>アクティビティログ（%1 イベント）</translation>
    </message>
    <message>
        <location filename="../gui/activity/highlight_rules.cpp" line="+58"/>
        <source>rule %1: %2</source>
        <translation>ルール %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../gui/app/main.cpp" line="+71"/>
        <source>proclens: unknown language &apos;%1&apos; (known: %2)</source>
        <translation>proclens: 不明な言語 &apos;%1&apos;（使用可能: %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Live process monitor built on eBPF.</source>
        <translation>eBPF によるライブプロセスモニター。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always start a private helper (peer-to-peer) instead of using the system bus.</source>
        <translation>システムバスを使わず、常にプライベートなヘルパー（ピアツーピア）を起動します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helper executable for peer mode.</source>
        <translation>ピアモードで使うヘルパーの実行ファイル。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write PNGs of each view into DIR once live, then quit.</source>
        <translation>ライブになったら各ビューの PNG を DIR に書き出して終了します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milliseconds to wait before the screenshots (default 3000).</source>
        <translation>スクリーンショットまでの待ち時間（ミリ秒、既定は 3000）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the first process with this name.</source>
        <translation>この名前を持つ最初のプロセスを選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours: dark, or the desktop&apos;s (default).</source>
        <translation>配色: dark（ダーク）またはデスクトップの配色（既定）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User interface language (%1); default: the system&apos;s.</source>
        <translation>ユーザーインターフェースの言語（%1）。既定はシステムの言語。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>proclens: --palette takes &apos;dark&apos;</source>
        <translation>proclens: --palette には &apos;dark&apos; を指定します</translation>
    </message>
</context>
<context>
    <name>proclens-cli</name>
    <message>
        <location filename="../cli/helper_connection.cpp" line="+130"/>
        <source>cannot reach the ProcLens helper over the %1: %2</source>
        <translation>%1 経由で ProcLens ヘルパーに接続できません: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1; reading /proc directly (other users&apos; details may be missing)</source>
        <translation>%1。/proc を直接読み取ります（他のユーザーの詳細が欠けることがあります）</translation>
    </message>
    <message>
        <location filename="../cli/output_sink.cpp" line="+16"/>
        <source>standard output</source>
        <translation>標準出力</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open %1 for writing: %2</source>
        <translation>%1 を書き込み用に開けません: %2</translation>
    </message>
    <message>
        <location filename="../cli/ps_command.cpp" line="+88"/>
        <source>cannot read the process list: %1</source>
        <translation>プロセス一覧を読み取れません: %1</translation>
    </message>
    <message>
        <location filename="../cli/status_command.cpp" line="+17"/>
        <source>proclens-cli %1 needs root to load its BPF programs (run it with sudo)</source>
        <translation>proclens-cli %1 は BPF プログラムを読み込むために root 権限が必要です（sudo で実行してください）</translation>
    </message>
    <message>
        <location filename="../cli/summary_output.cpp" line="+20"/>
        <source>-- summary after %1 s (top %2 by count) --</source>
        <translation>-- %1 秒後の概要（回数の上位 %2 件） --</translation>
    </message>
    <message>
        <location filename="../cli/arguments.cpp" line="+89"/>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 takes no value</source>
        <translation>%1 は値を取りません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs %2 (a non-negative integer), got &apos;%3&apos;</source>
        <translation>%1 には%2（0 以上の整数）が必要ですが、&apos;%3&apos; が指定されました</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--syscall number %1 is out of range (0-%2)</source>
        <translation>--syscall の番号 %1 は範囲外です（0-%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--syscall: unknown x86_64 system call &apos;%1&apos;</source>
        <translation>--syscall: 不明な x86_64 システムコール &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format must be text, csv or jsonl, got &apos;%1&apos;</source>
        <translation>--format は text、csv、jsonl のいずれかですが、&apos;%1&apos; が指定されました</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown option &apos;%1&apos; for record</source>
        <translation>record に不明なオプション &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a user id</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a process id</source>
        <translation>プロセス ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--comm needs a command name of 1 to %1 bytes, got &apos;%2&apos;</source>
        <translation>--comm には 1～%1 バイトのコマンド名が必要ですが、&apos;%2&apos; が指定されました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--filter given twice (join the expressions with &quot;and&quot;)</source>
        <translation>--filter が 2 回指定されました（式は &quot;and&quot; でつないでください）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--duration needs a positive number of seconds, got &apos;%1&apos;</source>
        <translation>--duration には正の秒数が必要ですが、&apos;%1&apos; が指定されました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--ring-size needs a size in MiB from 1 to %1, got &apos;%2&apos;</source>
        <translation>--ring-size には 1～%1 の MiB 単位のサイズが必要ですが、&apos;%2&apos; が指定されました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a file name</source>
        <translation>%1 にはファイル名が必要です</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown option &apos;%1&apos; for ps</source>
        <translation>ps に不明なオプション &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown option &apos;%1&apos; (options go after the command)</source>
        <translation>不明なオプション &apos;%1&apos;（オプションはコマンドの後に指定します）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no command given</source>
        <translation>コマンドが指定されていません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>status takes no option, got &apos;%1&apos;</source>
        <translation>status はオプションを取りませんが、&apos;%1&apos; が指定されました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--follow needs at least one --pid</source>
        <translation>--follow には少なくとも 1 つの --pid が必要です</translation>
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
        <translation>使い方: proclens-cli [-v] [--direct] コマンド [オプション]

record、ps、status は proclens-helper を経由します。サービスがインストール
されていればシステムバス経由で、そうでなければ直接（root）または pkexec で
起動したプライベートなヘルパーを使います（pkttyagent がこの端末でパスワードを
尋ねます）。--direct（どのコマンドでも可）を付けると、このプロセス内で
キャプチャします。これには root 権限が必要です。

コマンド:
  record    プロセスイベントとシステムコールをキャプチャ（root が必要）
  ps        プロセスを名前空間とコンテナーとともに表示
  status    カーネル、キャプチャモード、エンジンがアタッチするプログラムを表示
            （root が必要）
  help      このテキストを表示

record のオプション:
  --summary             プロセスごと・システムコールごとの表（--events なしの
                        既定）。最後に表示し、--format text では毎秒も表示
  --events              完了したシステムコールを 1 件ずつイベント行として出力
  --pid P               プロセス P のみ（複数指定可）
  --exclude-pid P       プロセス P を除外（複数指定可）
  --follow              --pid のプロセスの子プロセスも含める
  --uid U               ユーザー ID が U のプロセスのみ（複数指定可）
  --comm C              名前が C のプロセスのみ（複数指定可）
  --syscall 名前|番号   このシステムコールのみ（複数指定可）
  --filter 式           式に一致するイベントのみ。例: &apos;path ~ &quot;/etc&quot; and result != 0&apos;
                        （フィールド: pid ppid tid comm exe user syscall result
                        errno retval path addr port container ns.* cgroup
                        duration event）。カーネルで適用できる部分は
                        キャプチャフィルターとともに送られます
  --format F            text（既定）、csv（RFC 4180、ヘッダー行付き）、jsonl
  --duration S          S 秒後に停止（既定: Ctrl-C または SIGTERM まで）
  --ring-size MiB       --direct 時のリングバッファーのサイズ（既定 64。ヘルパー
                        は自分で決めます）
  -o, --output ファイル 標準出力の代わりにファイルへ書き込む

ps のオプション:
  --tree                ツリー順（text: 名前を字下げ、csv/jsonl: depth 列を追加）
  --format F            text（既定）、csv、jsonl
</translation>
    </message>
    <message>
        <location filename="../cli/record_command.cpp" line="+74"/>
        <source>recording (%1, %2 MiB ring buffer); Ctrl-C stops</source>
        <translation>記録中（%1、リングバッファー %2 MiB）。Ctrl-C で停止します</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../cli/record_via_helper.cpp" line="+192"/>
        <source>-- summary --</source>
        <translation>-- 概要 --</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../cli/record_via_helper.cpp" line="+12"/>
        <source>output stopped: %1</source>
        <translation>出力を中止しました: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 records lost in the kernel (ring buffer full) and %2 in user space; a larger --ring-size or a narrower filter helps</source>
        <translation>カーネルで %1 件のレコードが失われ（リングバッファーが満杯）、ユーザー空間で %2 件が失われました。--ring-size を大きくするか、フィルターを絞ると改善します</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../cli/record_via_helper.cpp" line="+12"/>
        <source>%1 malformed records skipped</source>
        <translation>不正な形式のレコード %1 件をスキップしました</translation>
    </message>
    <message>
        <location filename="../cli/record_via_helper.cpp" line="-114"/>
        <source>%1 (--direct runs the capture in this process, as root)</source>
        <translation>%1（--direct はこのプロセス内で root としてキャプチャします）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the helper refused to record: %1</source>
        <translation>ヘルパーが記録を拒否しました: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recording through the helper (%1, %2); Ctrl-C stops</source>
        <translation>ヘルパー経由で記録中（%1、%2）。Ctrl-C で停止します</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 records lost in the kernel (ring buffer full) and %2 batches dropped by the helper (this client read too slowly); a narrower filter helps</source>
        <translation>カーネルで %1 件のレコードが失われ（リングバッファーが満杯）、ヘルパーが %2 個のバッチを破棄しました（このクライアントの読み取りが遅すぎます）。フィルターを絞ると改善します</translation>
    </message>
</context>
<context>
    <name>proclens::gui</name>
    <message>
        <location filename="../gui/activity/event_details.cpp" line="+31"/>
        <location line="+59"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (monotonic ns)</source>
        <translation>タイムスタンプ（単調時計、ns）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>プロセス</translation>
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
        <translation>フラグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log position</source>
        <translation>ログ内の位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syscall number</source>
        <translation>システムコール番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Raw argument %1</source>
        <translation>生の引数 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path %1</source>
        <translation>パス %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Socket address</source>
        <translation>ソケットアドレス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parent PID</source>
        <translation>親 PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID in its namespace</source>
        <translation>名前空間内の PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UID / GID</source>
        <translation>UID / GID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time (monotonic ns)</source>
        <translation>開始時刻（単調時計、ns）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cgroup id</source>
        <translation>cgroup ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executable</source>
        <translation>実行ファイル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous thread id</source>
        <translation>以前のスレッド ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit code</source>
        <translation>終了コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit signal</source>
        <translation>終了シグナル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namespace %1</source>
        <translation>名前空間 %1</translation>
    </message>
    <message>
        <location filename="../gui/export/export_file.cpp" line="+48"/>
        <source>Export writes CSV or JSON Lines, not plain text.</source>
        <translation>エクスポートはプレーンテキストではなく CSV または JSON Lines で書き出します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file name given.</source>
        <translation>ファイル名が指定されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export: the view shows no columns.</source>
        <translation>エクスポートするものがありません: ビューに列が表示されていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not create %1: %2</source>
        <translation>%1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+31"/>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Export cancelled after %1 of %2 rows; %3 was not written.</source>
        <translation>%2 行中 %1 行でエクスポートを取り消しました。%3 は書き込まれていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export of %1 stopped: row %2 has %3 cells for %4 columns.</source>
        <translation>%1 のエクスポートを中止しました: 行 %2 のセルは %3 個ですが、列は %4 個です。</translation>
    </message>
    <message>
        <location filename="../gui/export/export_action.cpp" line="+34"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This view has nothing to export.</source>
        <translation>このビューにはエクスポートするものがありません。</translation>
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
        <translation>%1 をエクスポート</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ActivityModel</name>
    <message>
        <location filename="../gui/activity/activity_model.cpp" line="+138"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>プロセス</translation>
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
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ActivityView</name>
    <message>
        <location filename="../gui/activity/activity_view.cpp" line="+38"/>
        <source>&amp;View filter:</source>
        <translation>表示フィルター(&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrows what this view shows; everything captured is kept. The capture filter (what the helper records) is set separately.</source>
        <translation>このビューに表示する内容を絞り込みます。キャプチャした内容はすべて保持されます。キャプチャフィルター（ヘルパーが記録する内容）は別に設定します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. path ~ &quot;/etc&quot; and result != 0 — press Enter to apply</source>
        <translation>例: path ~ &quot;/etc&quot; and result != 0 — Enter キーで適用</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+176"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Pause or resume the capture</source>
        <translation>キャプチャを一時停止または再開</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove every event from the log</source>
        <translation>ログからすべてのイベントを削除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Follow</source>
        <translation>追従(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the newest event in view (stops when you scroll up)</source>
        <translation>最新のイベントを表示し続けます（上にスクロールすると停止）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Jump to process</source>
        <translation>プロセスへ移動(&amp;J)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected event&apos;s process in the Processes tab</source>
        <translation>選択したイベントのプロセスを［プロセス］タブに表示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Highlight…</source>
        <translation>強調表示(&amp;H)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour rows matching filter expressions</source>
        <translation>フィルター式に一致する行に色を付ける</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select an event to see every field.</source>
        <translation>すべてのフィールドを表示するイベントを選択してください。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>View filter applied in %1 ms (%2 rows)</source>
        <translation>表示フィルターを %1 ms で適用しました（%2 行）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>View filter error at position %1: %2</source>
        <translation>表示フィルターの位置 %1 にエラー: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applying the view filter…</source>
        <translation>表示フィルターを適用しています…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 events kept (at most %2)</source>
        <translation>%1 件のイベントを保持（最大 %2 件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 oldest events dropped to stay within the limit</source>
        <translation>、上限を超えないよう古いイベント %1 件を破棄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 shown by the view filter</source>
        <translation>、表示フィルターで %1 件を表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; capture paused</source>
        <translation>、キャプチャ一時停止中</translation>
    </message>
</context>
<context>
    <name>proclens::gui::DetailsPane</name>
    <message>
        <location filename="../gui/app/details_pane.cpp" line="+38"/>
        <source>Select a process to see its details.</source>
        <translation>詳細を表示するプロセスを選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not shown)</source>
        <translation>%1（非表示）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ancestry</source>
        <translation>祖先プロセス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none: kernel thread)</source>
        <translation>（なし: カーネルスレッド）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executable</source>
        <translation>実行ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working directory</source>
        <translation>作業ディレクトリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID in its namespace</source>
        <translation>名前空間内の PID</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>shared with %n process(es)</source>
        <translation>
            <numerusform>%n 個のプロセスと共有</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespaces</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>killed by signal %1</source>
        <translation>シグナル %1 で強制終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code %1</source>
        <translation>終了コード %1</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ExportJob</name>
    <message>
        <location filename="../gui/export/export_job.cpp" line="+34"/>
        <source>Nothing to export.</source>
        <translation>エクスポートするものがありません。</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ExportProgress</name>
    <message>
        <location filename="../gui/export/export_progress.cpp" line="+33"/>
        <source>Exporting %1 to %2…</source>
        <translation>%1 を %2 にエクスポートしています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported %1 rows of %2 to %3 (%4)</source>
        <translation>%2 の %1 行を %3 にエクスポートしました（%4）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

No file was written.</source>
        <translation>%1

ファイルは書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>proclens::gui::FilterDialog</name>
    <message>
        <location filename="../gui/filter/filter_dialog.cpp" line="+29"/>
        <source>a number, e.g. 1234</source>
        <translation>数値（例: 1234）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text, e.g. /etc/passwd</source>
        <translation>テキスト（例: /etc/passwd）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user name or uid, e.g. root</source>
        <translation>ユーザー名または uid（例: root）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a syscall name or number, e.g. openat</source>
        <translation>システムコール名または番号（例: openat）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number or errno name, e.g. ENOENT</source>
        <translation>数値または errno 名（例: ENOENT）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an errno name or number, e.g. EACCES</source>
        <translation>errno 名または数値（例: EACCES）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a duration, e.g. 10ms</source>
        <translation>時間（例: 10ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syscall, fork, exec or exit</source>
        <translation>syscall、fork、exec、exit のいずれか</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Capture filter</source>
        <translation>キャプチャフィルター</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View filter</source>
        <translation>表示フィルター</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Capture filter&lt;/b&gt; — decides what the helper records. The part the kernel can test is applied there (less overhead); the rest is applied in the view.</source>
        <translation>&lt;b&gt;キャプチャフィルター&lt;/b&gt; — ヘルパーが記録する内容を決めます。カーネルで判定できる部分はカーネルで適用され（負荷が小さい）、残りはビューで適用されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;View filter&lt;/b&gt; — hides events already captured, instantly. Nothing is sent to the helper; clear it to see everything again.</source>
        <translation>&lt;b&gt;表示フィルター&lt;/b&gt; — キャプチャ済みのイベントをすぐに非表示にします。ヘルパーには何も送られません。クリアするとすべて再表示されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preset:</source>
        <translation>プリセット:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Load</source>
        <translation>読み込み(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add rule</source>
        <translation>ルールを追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove rule</source>
        <translation>ルールを削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+145"/>
        <source>Edit as &amp;text</source>
        <translation>テキストとして編集(&amp;T)</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Filter:</source>
        <translation>フィルター:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Apply to capture</source>
        <translation>キャプチャに適用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply to view</source>
        <translation>ビューに適用</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Include</source>
        <translation>含める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude</source>
        <translation>除外</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Edit as &amp;rules</source>
        <translation>ルールとして編集(&amp;R)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rule %1: %2</source>
        <translation>ルール %1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;In the kernel:&lt;/b&gt; nothing (everything is captured)</source>
        <translation>&lt;b&gt;カーネル内:&lt;/b&gt; なし（すべてキャプチャ）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;In the kernel:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;カーネル内:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (no part of this filter can run there)</source>
        <translation>なし（このフィルターのどの部分もカーネルでは実行できません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;In the view:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;ビュー内:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (the kernel applies all of it)</source>
        <translation>なし（すべてカーネルで適用）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the filter text first; it cannot be shown as rules while it has an error.</source>
        <translation>先にフィルターのテキストを修正してください。エラーがある間はルールとして表示できません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This filter is not a list of include/exclude rules (for example it uses &quot;or&quot; across columns), so it can only be edited as text.</source>
        <translation>このフィルターは含める/除外するルールの一覧ではない（たとえば列をまたいで &quot;or&quot; を使っている）ため、テキストとしてのみ編集できます。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This filter is not a list of include/exclude rules (for example it uses &quot;or&quot; across columns), so it is shown as text.</source>
        <translation>このフィルターは含める/除外するルールの一覧ではない（たとえば列をまたいで &quot;or&quot; を使っている）ため、テキストで表示しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This filter has an error; correct it as text.</source>
        <translation>このフィルターにはエラーがあります。テキストとして修正してください。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The filter has an error: %1</source>
        <translation>フィルターにエラーがあります: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Save preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Preset name:</source>
        <translation>プリセット名:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the preset &quot;%1&quot;?</source>
        <translation>プリセット「%1」を置き換えますか?</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>Rename preset</source>
        <translation>プリセットの名前を変更</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation>「%1」の新しい名前:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>プリセット「%1」を削除しますか?</translation>
    </message>
</context>
<context>
    <name>proclens::gui::FilterMenu</name>
    <message>
        <location filename="../gui/filter/filter_menu.cpp" line="+42"/>
        <source>Fil&amp;ter</source>
        <translation>フィルター(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capture filter… (what the helper records)</source>
        <translation>キャプチャフィルター(&amp;C)…（ヘルパーが記録する内容）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear capture filter</source>
        <translation>キャプチャフィルターを解除(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View filter… (what the activity log shows)</source>
        <translation>表示フィルター(&amp;V)…（アクティビティログに表示する内容）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cl&amp;ear view filter</source>
        <translation>表示フィルターを解除(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;preset as view filter</source>
        <translation>プリセットを表示フィルターとして適用(&amp;P)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The helper refused the capture filter: %1</source>
        <translation>ヘルパーがキャプチャフィルターを拒否しました: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Capture filter cleared</source>
        <translation>キャプチャフィルターを解除しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture filter: kernel: %1; view: %2</source>
        <translation>キャプチャフィルター: カーネル: %1、ビュー: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>View filter cleared</source>
        <translation>表示フィルターを解除しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View filter: %1</source>
        <translation>表示フィルター: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Capture filter</source>
        <translation>キャプチャフィルター</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no presets: save one in a filter dialog)</source>
        <translation>（プリセットなし: フィルターダイアログで保存してください）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View filter</source>
        <translation>表示フィルター</translation>
    </message>
</context>
<context>
    <name>proclens::gui::FilterPresets</name>
    <message>
        <location filename="../gui/filter/filter_presets.cpp" line="+61"/>
        <location line="+35"/>
        <source>A preset needs a name.</source>
        <translation>プリセットには名前が必要です。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>An empty filter cannot be saved as a preset.</source>
        <translation>空のフィルターはプリセットとして保存できません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>プリセット「%1」はありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A preset &quot;%1&quot; already exists.</source>
        <translation>プリセット「%1」はすでに存在します。</translation>
    </message>
</context>
<context>
    <name>proclens::gui::HighlightRulesDialog</name>
    <message>
        <location filename="../gui/activity/highlight_rules.cpp" line="+10"/>
        <source>Highlight rules</source>
        <translation>強調表示ルール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows matching a rule get its colour; the first matching rule wins. Rules use the filter language, e.g. &lt;tt&gt;result != 0&lt;/tt&gt; or &lt;tt&gt;comm = &quot;bash&quot;&lt;/tt&gt;.</source>
        <translation>ルールに一致する行にはその色が付きます。最初に一致したルールが優先されます。ルールはフィルター言語で記述します（例: &lt;tt&gt;result != 0&lt;/tt&gt;、&lt;tt&gt;comm = &quot;bash&quot;&lt;/tt&gt;）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter expression</source>
        <translation>フィルター式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour…</source>
        <translation>色(&amp;C)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Row colour</source>
        <translation>行の色</translation>
    </message>
</context>
<context>
    <name>proclens::gui::LiveSession</name>
    <message>
        <location filename="../gui/app/live_session.cpp" line="+61"/>
        <source>Connecting to the ProcLens helper. You may be asked to authenticate.</source>
        <translation>ProcLens ヘルパーに接続しています。認証を求められることがあります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the process list…</source>
        <translation>プロセス一覧を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Live</source>
        <translation>ライブ</translation>
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
        <translation>プロセス(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Activity</source>
        <translation>アクティビティ(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not pause</source>
        <translation>一時停止できませんでした</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not resume</source>
        <translation>再開できませんでした</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Process %1 is no longer in the process list</source>
        <translation>プロセス %1 はもうプロセス一覧にありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Namespaces</source>
        <translation>名前空間(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ummary</source>
        <translation>概要(&amp;U)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+13"/>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Connecting to the ProcLens helper. Your system may ask you to authenticate.</source>
        <translation>ProcLens ヘルパーに接続しています。システムから認証を求められることがあります。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Permission refused</source>
        <translation>権限が拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The helper refused access: %1</source>
        <translation>ヘルパーがアクセスを拒否しました: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring processes needs the org.proclens.monitor permission. Authenticate as an administrator when asked, ask your administrator to grant it, or run ProcLens as root. Then retry.</source>
        <translation>プロセスの監視には org.proclens.monitor 権限が必要です。求められたら管理者として認証するか、管理者に権限の付与を依頼するか、ProcLens を root で実行してから、再試行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No helper</source>
        <translation>ヘルパーがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProcLens could not start its helper: %1</source>
        <translation>ProcLens はヘルパーを起動できませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install ProcLens (its helper proclens-helper and its D-Bus and polkit files), make sure pkexec is available, or run ProcLens as root. Then retry.</source>
        <translation>ProcLens（ヘルパー proclens-helper とその D-Bus および polkit ファイル）をインストールし、pkexec が使えることを確認するか、ProcLens を root で実行してから、再試行してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Capturing (private helper)</source>
        <translation>キャプチャ中（プライベートヘルパー）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capturing</source>
        <translation>キャプチャ中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnected: %1</source>
        <translation>切断されました: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not capturing</source>
        <translation>キャプチャしていません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mode: %1</source>
        <translation>モード: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kernel: %1</source>
        <translation>カーネル: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events/s</source>
        <translation>%1 イベント/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drops: %1</source>
        <translation>欠落: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Process</source>
        <translation>プロセス(&amp;P)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Terminate</source>
        <translation>終了(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>terminate</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kill…</source>
        <translation>強制終了(&amp;K)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kill</source>
        <translation>強制終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontinue</source>
        <translation>再開(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>continue</source>
        <translation>再開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;priority…</source>
        <translation>優先度を変更(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy row</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy P&amp;ID</source>
        <translation>PID をコピー(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter to this process</source>
        <translation>このプロセスで絞り込む(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter to its &amp;namespace (pid)</source>
        <translation>名前空間で絞り込む(&amp;N)（pid）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter to its c&amp;ontainer</source>
        <translation>コンテナーで絞り込む(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filter</source>
        <translation>フィルターを解除(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited rows &amp;linger…</source>
        <translation>終了した行の保持時間(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sample interval…</source>
        <translation>サンプリング間隔(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity log si&amp;ze…</source>
        <translation>アクティビティログのサイズ(&amp;Z)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activity log (every system call)</source>
        <translation>アクティビティログ(&amp;A)（すべてのシステムコール）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not switch the activity log</source>
        <translation>アクティビティログを切り替えられませんでした</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kill process</source>
        <translation>プロセスを強制終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill %1 (PID %2)? It cannot clean up.</source>
        <translation>%1 (PID %2) を強制終了しますか? 後始末はできません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not %1 the process</source>
        <translation>プロセスを%1できませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent %1 to %2 (PID %3)</source>
        <translation>%2 (PID %3) に「%1」を送信しました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change priority</source>
        <translation>優先度を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nice value for %1 (PID %2), -20 (highest) to 19 (lowest):</source>
        <translation>%1 (PID %2) の nice 値、-20（最高）～19（最低）:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not change the priority</source>
        <translation>優先度を変更できませんでした</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>process %1 and its children</source>
        <translation>プロセス %1 とその子プロセス</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 namespace %2</source>
        <translation>%1 名前空間 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>container %1</source>
        <translation>コンテナー %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cgroup %1</source>
        <translation>cgroup %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exited processes</source>
        <translation>終了したプロセス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep exited processes for (seconds):</source>
        <translation>終了したプロセスを保持する時間（秒）:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read CPU and memory every (seconds):</source>
        <translation>CPU とメモリを読み取る間隔（秒）:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activity log</source>
        <translation>アクティビティログ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep at most this many events (the oldest go first):</source>
        <translation>保持するイベントの最大数（古いものから削除）:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Namespaces</source>
        <translation>名前空間</translation>
    </message>
</context>
<context>
    <name>proclens::gui::NamespaceModel</name>
    <message>
        <location filename="../gui/model/namespace_model.cpp" line="+198"/>
        <source>Namespace / process</source>
        <translation>名前空間 / プロセス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes / PID</source>
        <translation>プロセス / PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 namespaces</source>
        <translation>%1 名前空間</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1:[%2] (host)</source>
        <translation>%1:[%2]（ホスト）</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ProcessExport</name>
    <message>
        <location filename="../gui/export/process_export_source.cpp" line="+26"/>
        <source>Memory (RSS, bytes)</source>
        <translation>メモリ（RSS、バイト）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Processes (list)</source>
        <translation>プロセス（リスト）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes (tree)</source>
        <translation>プロセス（ツリー）</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ProcessTreeModel</name>
    <message>
        <location filename="../gui/model/process_tree_model.cpp" line="+19"/>
        <source>Name</source>
        <translation>名前</translation>
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
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (RSS)</source>
        <translation>メモリ（RSS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container / cgroup</source>
        <translation>コンテナー / cgroup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pid ns</source>
        <translation>PID 名前空間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mnt ns</source>
        <translation>マウント名前空間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net ns</source>
        <translation>ネットワーク名前空間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uts ns</source>
        <translation>UTS 名前空間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ipc ns</source>
        <translation>IPC 名前空間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user ns</source>
        <translation>ユーザー名前空間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cgroup ns</source>
        <translation>cgroup 名前空間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time ns</source>
        <translation>時間名前空間</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>killed (signal %1)</source>
        <translation>強制終了（シグナル %1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exited (%1)</source>
        <translation>終了（%1）</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ProcessView</name>
    <message>
        <location filename="../gui/app/process_view.cpp" line="+42"/>
        <source>Flat list</source>
        <translation>フラットリスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show processes as a flat list instead of a tree (Ctrl+L)</source>
        <translation>プロセスをツリーではなくフラットリストで表示（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand all</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse all</source>
        <translation>すべて折りたたむ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns…</source>
        <translation>列…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear filter</source>
        <translation>フィルターを解除</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Filter: %1</source>
        <translation>フィルター: %1</translation>
    </message>
</context>
<context>
    <name>proclens::gui::StartPage</name>
    <message>
        <location filename="../gui/app/start_page.cpp" line="+33"/>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preparing ProcLens…</source>
        <translation>ProcLens を準備しています…</translation>
    </message>
</context>
<context>
    <name>proclens::gui::SummaryModel</name>
    <message>
        <location filename="../gui/summary/summary_model.cpp" line="+107"/>
        <source>Process / syscall</source>
        <translation>プロセス / システムコール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>呼び出し数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>エラー数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total latency</source>
        <translation>合計レイテンシ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg latency</source>
        <translation>平均レイテンシ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max latency</source>
        <translation>最大レイテンシ</translation>
    </message>
</context>
<context>
    <name>proclens::gui::SummaryView</name>
    <message>
        <location filename="../gui/summary/summary_view.cpp" line="+54"/>
        <source>&amp;All processes</source>
        <translation>すべてのプロセス(&amp;A)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>all processes</source>
        <translation>すべてのプロセス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts for %1 — %2 calls, %3 errors</source>
        <translation>%1 のグラフ — 呼び出し %2 回、エラー %3 件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Top %1 syscalls by calls</source>
        <translation>呼び出し数上位 %1 件のシステムコール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>呼び出し数</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Syscalls per second</source>
        <translation>1 秒あたりのシステムコール数</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
</context>
</TS>
