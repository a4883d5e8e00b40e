<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="src/language_menu.cpp" line="+15"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;System default</source>
        <translation>系统默认(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ProcLens will follow the system language from its next start.</source>
        <translation>ProcLens 将在下次启动时跟随系统语言。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProcLens will use %1 from its next start.</source>
        <translation>ProcLens 将在下次启动时使用 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ProcessState</name>
    <message>
        <location filename="../gui/model/process_tree_model.cpp" line="+102"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sleeping</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk sleep</source>
        <translation>磁盘睡眠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zombie</source>
        <translation>僵尸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traced</source>
        <translation>被跟踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../gui/activity/activity_export_source.cpp" line="+25"/>
        <source>Activity log (%1 events)</source>
        <translation>活动日志（%1 个事件）</translation>
    </message>
    <message>
        <location filename="../gui/activity/highlight_rules.cpp" line="+58"/>
        <source>rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../gui/app/main.cpp" line="+71"/>
        <source>proclens: unknown language &apos;%1&apos; (known: %2)</source>
        <translation>proclens：未知语言“%1”（可用：%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Live process monitor built on eBPF.</source>
        <translation>基于 eBPF 的实时进程监视器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always start a private helper (peer-to-peer) instead of using the system bus.</source>
        <translation>始终启动私有辅助程序（点对点），而不使用系统总线。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helper executable for peer mode.</source>
        <translation>点对点模式使用的辅助程序可执行文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write PNGs of each view into DIR once live, then quit.</source>
        <translation>进入实时状态后，将每个视图的 PNG 写入 DIR，然后退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milliseconds to wait before the screenshots (default 3000).</source>
        <translation>截图前等待的毫秒数（默认 3000）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the first process with this name.</source>
        <translation>选择第一个具有此名称的进程。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours: dark, or the desktop&apos;s (default).</source>
        <translation>颜色：dark（深色）或桌面的颜色（默认）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User interface language (%1); default: the system&apos;s.</source>
        <translation>界面语言（%1）；默认：系统语言。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>proclens: --palette takes &apos;dark&apos;</source>
        <translation>proclens：--palette 只接受“dark”</translation>
    </message>
</context>
<context>
    <name>proclens-cli</name>
    <message>
        <location filename="../cli/helper_connection.cpp" line="+130"/>
        <source>cannot reach the ProcLens helper over the %1: %2</source>
        <translation>无法通过 %1 连接 ProcLens 辅助程序：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1; reading /proc directly (other users&apos; details may be missing)</source>
        <translation>%1；改为直接读取 /proc（可能缺少其他用户的详细信息）</translation>
    </message>
    <message>
        <location filename="../cli/output_sink.cpp" line="+16"/>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open %1 for writing: %2</source>
        <translation>无法打开 %1 进行写入：%2</translation>
    </message>
    <message>
        <location filename="../cli/ps_command.cpp" line="+88"/>
        <source>cannot read the process list: %1</source>
        <translation>无法读取进程列表：%1</translation>
    </message>
    <message>
        <location filename="../cli/status_command.cpp" line="+17"/>
        <source>proclens-cli %1 needs root to load its BPF programs (run it with sudo)</source>
        <translation>proclens-cli %1 需要 root 权限才能加载其 BPF 程序（请使用 sudo 运行）</translation>
    </message>
    <message>
        <location filename="../cli/summary_output.cpp" line="+20"/>
        <source>-- summary after %1 s (top %2 by count) --</source>
        <translation>-- %1 秒后的摘要（按次数排前 %2） --</translation>
    </message>
    <message>
        <location filename="../cli/arguments.cpp" line="+89"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 takes no value</source>
        <translation>%1 不接受值</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs %2 (a non-negative integer), got &apos;%3&apos;</source>
        <translation>%1 需要%2（非负整数），收到的是“%3”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--syscall number %1 is out of range (0-%2)</source>
        <translation>--syscall 编号 %1 超出范围（0-%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--syscall: unknown x86_64 system call &apos;%1&apos;</source>
        <translation>--syscall：未知的 x86_64 系统调用“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format must be text, csv or jsonl, got &apos;%1&apos;</source>
        <translation>--format 必须是 text、csv 或 jsonl，收到的是“%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown option &apos;%1&apos; for record</source>
        <translation>record 没有选项“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a user id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a process id</source>
        <translation>进程 ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--comm needs a command name of 1 to %1 bytes, got &apos;%2&apos;</source>
        <translation>--comm 需要 1 到 %1 字节的命令名，收到的是“%2”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--filter given twice (join the expressions with &quot;and&quot;)</source>
        <translation>--filter 指定了两次（请用 &quot;and&quot; 连接表达式）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--duration needs a positive number of seconds, got &apos;%1&apos;</source>
        <translation>--duration 需要一个正的秒数，收到的是“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--ring-size needs a size in MiB from 1 to %1, got &apos;%2&apos;</source>
        <translation>--ring-size 需要 1 到 %1 之间的大小（MiB），收到的是“%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a file name</source>
        <translation>%1 需要文件名</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown option &apos;%1&apos; for ps</source>
        <translation>ps 没有选项“%1”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown option &apos;%1&apos; (options go after the command)</source>
        <translation>未知选项“%1”（选项应放在命令之后）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>status takes no option, got &apos;%1&apos;</source>
        <translation>status 不接受选项，收到的是“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--follow needs at least one --pid</source>
        <translation>--follow 至少需要一个 --pid</translation>
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
        <translation>用法：proclens-cli [-v] [--direct] 命令 [选项]

record、ps 和 status 通过 proclens-helper 运行：已安装其服务时经由系统总线，
否则使用直接启动（root）或通过 pkexec 启动的私有辅助程序（pkttyagent 会在此
终端上询问密码）。--direct（适用于任何命令）改为在本进程中捕获，这需要 root
权限。

命令：
  record    捕获进程事件和系统调用（需要 root）
  ps        列出进程及其命名空间和容器
  status    列出内核、捕获模式以及引擎挂载的程序（需要 root）
  help      显示此帮助

record 选项：
  --summary             按进程、按系统调用统计的表格（未指定 --events 时的默认
                        行为）；在结束时输出，使用 --format text 时每秒也输出
  --events              将每个已完成的系统调用输出为一行事件
  --pid P               仅进程 P（可重复）
  --exclude-pid P       排除进程 P（可重复）
  --follow              同时包含 --pid 进程的子进程
  --uid U               仅用户 ID 为 U 的进程（可重复）
  --comm C              仅名为 C 的进程（可重复）
  --syscall 名称|编号   仅此系统调用（可重复）
  --filter 表达式       仅匹配表达式的事件，例如 &apos;path ~ &quot;/etc&quot; and result != 0&apos;
                        （字段：pid ppid tid comm exe user syscall result errno
                        retval path addr port container ns.* cgroup duration
                        event）；内核能够应用的部分随捕获过滤器一起发送
  --format F            text（默认）、csv（RFC 4180，带表头行）或 jsonl
  --duration S          S 秒后停止（默认：按 Ctrl-C 或收到 SIGTERM 时）
  --ring-size MiB       使用 --direct 时的环形缓冲区大小（默认 64；辅助程序自行
                        决定其大小）
  -o, --output 文件     写入文件而不是标准输出

ps 选项：
  --tree                按树形顺序（text：缩进名称；csv/jsonl：增加 depth 列）
  --format F            text（默认）、csv 或 jsonl
</translation>
    </message>
    <message>
        <location filename="../cli/record_command.cpp" line="+74"/>
        <source>recording (%1, %2 MiB ring buffer); Ctrl-C stops</source>
        <translation>正在记录（%1，%2 MiB 环形缓冲区）；按 Ctrl-C 停止</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../cli/record_via_helper.cpp" line="+192"/>
        <source>-- summary --</source>
        <translation>-- 摘要 --</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../cli/record_via_helper.cpp" line="+12"/>
        <source>output stopped: %1</source>
        <translation>输出已停止：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 records lost in the kernel (ring buffer full) and %2 in user space; a larger --ring-size or a narrower filter helps</source>
        <translation>内核中丢失 %1 条记录（环形缓冲区已满），用户空间中丢失 %2 条；增大 --ring-size 或缩小过滤范围会有帮助</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../cli/record_via_helper.cpp" line="+12"/>
        <source>%1 malformed records skipped</source>
        <translation>已跳过 %1 条格式错误的记录</translation>
    </message>
    <message>
        <location filename="../cli/record_via_helper.cpp" line="-114"/>
        <source>%1 (--direct runs the capture in this process, as root)</source>
        <translation>%1（--direct 会以 root 身份在本进程中进行捕获）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the helper refused to record: %1</source>
        <translation>辅助程序拒绝记录：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recording through the helper (%1, %2); Ctrl-C stops</source>
        <translation>正在通过辅助程序记录（%1，%2）；按 Ctrl-C 停止</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 records lost in the kernel (ring buffer full) and %2 batches dropped by the helper (this client read too slowly); a narrower filter helps</source>
        <translation>内核中丢失 %1 条记录（环形缓冲区已满），辅助程序丢弃了 %2 批数据（此客户端读取过慢）；缩小过滤范围会有帮助</translation>
    </message>
</context>
<context>
    <name>proclens::gui</name>
    <message>
        <location filename="../gui/activity/event_details.cpp" line="+31"/>
        <location line="+59"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (monotonic ns)</source>
        <translation>时间戳（单调时钟，纳秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>进程</translation>
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
        <translation>标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log position</source>
        <translation>日志位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syscall number</source>
        <translation>系统调用号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Raw argument %1</source>
        <translation>原始参数 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path %1</source>
        <translation>路径 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Socket address</source>
        <translation>套接字地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parent PID</source>
        <translation>父进程 PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID in its namespace</source>
        <translation>在其命名空间中的 PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UID / GID</source>
        <translation>UID / GID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time (monotonic ns)</source>
        <translation>启动时间（单调时钟，纳秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cgroup id</source>
        <translation>cgroup ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executable</source>
        <translation>可执行文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous thread id</source>
        <translation>先前的线程 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit code</source>
        <translation>退出码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit signal</source>
        <translation>退出信号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namespace %1</source>
        <translation>命名空间 %1</translation>
    </message>
    <message>
        <location filename="../gui/export/export_file.cpp" line="+48"/>
        <source>Export writes CSV or JSON Lines, not plain text.</source>
        <translation>导出只写入 CSV 或 JSON Lines，而不是纯文本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file name given.</source>
        <translation>未指定文件名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export: the view shows no columns.</source>
        <translation>没有可导出的内容：视图中没有显示任何列。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+31"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Export cancelled after %1 of %2 rows; %3 was not written.</source>
        <translation>导出在 %2 行中的第 %1 行后被取消；未写入 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export of %1 stopped: row %2 has %3 cells for %4 columns.</source>
        <translation>%1 的导出已停止：第 %2 行有 %3 个单元格，但有 %4 列。</translation>
    </message>
    <message>
        <location filename="../gui/export/export_action.cpp" line="+34"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This view has nothing to export.</source>
        <translation>此视图没有可导出的内容。</translation>
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
        <translation>导出 %1</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ActivityModel</name>
    <message>
        <location filename="../gui/activity/activity_model.cpp" line="+138"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>进程</translation>
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
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ActivityView</name>
    <message>
        <location filename="../gui/activity/activity_view.cpp" line="+38"/>
        <source>&amp;View filter:</source>
        <translation>视图过滤器(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrows what this view shows; everything captured is kept. The capture filter (what the helper records) is set separately.</source>
        <translation>缩小此视图显示的内容；已捕获的内容全部保留。捕获过滤器（辅助程序记录的内容）需单独设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. path ~ &quot;/etc&quot; and result != 0 — press Enter to apply</source>
        <translation>例如 path ~ &quot;/etc&quot; and result != 0 — 按回车键应用</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+176"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Pause or resume the capture</source>
        <translation>暂停或恢复捕获</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove every event from the log</source>
        <translation>从日志中移除所有事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Follow</source>
        <translation>跟随(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the newest event in view (stops when you scroll up)</source>
        <translation>保持显示最新事件（向上滚动时停止）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Jump to process</source>
        <translation>跳转到进程(&amp;J)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected event&apos;s process in the Processes tab</source>
        <translation>在“进程”标签页中显示所选事件的进程</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Highlight…</source>
        <translation>高亮(&amp;H)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour rows matching filter expressions</source>
        <translation>为匹配过滤表达式的行着色</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select an event to see every field.</source>
        <translation>选择一个事件以查看所有字段。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>View filter applied in %1 ms (%2 rows)</source>
        <translation>视图过滤器已在 %1 毫秒内应用（%2 行）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>View filter error at position %1: %2</source>
        <translation>视图过滤器在位置 %1 处出错：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applying the view filter…</source>
        <translation>正在应用视图过滤器…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 events kept (at most %2)</source>
        <translation>已保留 %1 个事件（最多 %2 个）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 oldest events dropped to stay within the limit</source>
        <translation>；为不超出上限，已丢弃最早的 %1 个事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 shown by the view filter</source>
        <translation>；视图过滤器显示 %1 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; capture paused</source>
        <translation>；捕获已暂停</translation>
    </message>
</context>
<context>
    <name>proclens::gui::DetailsPane</name>
    <message>
        <location filename="../gui/app/details_pane.cpp" line="+38"/>
        <source>Select a process to see its details.</source>
        <translation>选择一个进程以查看其详细信息。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not shown)</source>
        <translation>%1（未显示）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ancestry</source>
        <translation>祖先进程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none: kernel thread)</source>
        <translation>（无：内核线程）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executable</source>
        <translation>可执行文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID in its namespace</source>
        <translation>在其命名空间中的 PID</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>shared with %n process(es)</source>
        <translation>
            <numerusform>与 %n 个进程共享</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespaces</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>killed by signal %1</source>
        <translation>被信号 %1 杀死</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ExportJob</name>
    <message>
        <location filename="../gui/export/export_job.cpp" line="+34"/>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ExportProgress</name>
    <message>
        <location filename="../gui/export/export_progress.cpp" line="+33"/>
        <source>Exporting %1 to %2…</source>
        <translation>正在将 %1 导出到 %2…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported %1 rows of %2 to %3 (%4)</source>
        <translation>已将 %2 的 %1 行导出到 %3（%4）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

No file was written.</source>
        <translation>%1

未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>proclens::gui::FilterDialog</name>
    <message>
        <location filename="../gui/filter/filter_dialog.cpp" line="+29"/>
        <source>a number, e.g. 1234</source>
        <translation>数字，例如 1234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text, e.g. /etc/passwd</source>
        <translation>文本，例如 /etc/passwd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user name or uid, e.g. root</source>
        <translation>用户名或 uid，例如 root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a syscall name or number, e.g. openat</source>
        <translation>系统调用名称或编号，例如 openat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number or errno name, e.g. ENOENT</source>
        <translation>数字或 errno 名称，例如 ENOENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an errno name or number, e.g. EACCES</source>
        <translation>errno 名称或数字，例如 EACCES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a duration, e.g. 10ms</source>
        <translation>时长，例如 10ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syscall, fork, exec or exit</source>
        <translation>syscall、fork、exec 或 exit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Capture filter</source>
        <translation>捕获过滤器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View filter</source>
        <translation>视图过滤器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Capture filter&lt;/b&gt; — decides what the helper records. The part the kernel can test is applied there (less overhead); the rest is applied in the view.</source>
        <translation>&lt;b&gt;捕获过滤器&lt;/b&gt;——决定辅助程序记录哪些内容。内核能够判断的部分在内核中应用（开销更小），其余部分在视图中应用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;View filter&lt;/b&gt; — hides events already captured, instantly. Nothing is sent to the helper; clear it to see everything again.</source>
        <translation>&lt;b&gt;视图过滤器&lt;/b&gt;——立即隐藏已捕获的事件。不会向辅助程序发送任何内容；清空它即可再次查看全部内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove rule</source>
        <translation>移除规则(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+145"/>
        <source>Edit as &amp;text</source>
        <translation>以文本编辑(&amp;T)</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Filter:</source>
        <translation>过滤器：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Apply to capture</source>
        <translation>应用于捕获</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply to view</source>
        <translation>应用于视图</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Include</source>
        <translation>包含</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Edit as &amp;rules</source>
        <translation>以规则编辑(&amp;R)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;In the kernel:&lt;/b&gt; nothing (everything is captured)</source>
        <translation>&lt;b&gt;内核中：&lt;/b&gt;无（捕获全部内容）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;In the kernel:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;内核中：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (no part of this filter can run there)</source>
        <translation>无（此过滤器的任何部分都无法在内核中运行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;In the view:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;视图中：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (the kernel applies all of it)</source>
        <translation>无（全部由内核应用）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the filter text first; it cannot be shown as rules while it has an error.</source>
        <translation>请先修正过滤器文本；存在错误时无法以规则形式显示。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This filter is not a list of include/exclude rules (for example it uses &quot;or&quot; across columns), so it can only be edited as text.</source>
        <translation>此过滤器不是包含/排除规则的列表（例如在不同列之间使用了 &quot;or&quot;），因此只能以文本编辑。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This filter is not a list of include/exclude rules (for example it uses &quot;or&quot; across columns), so it is shown as text.</source>
        <translation>此过滤器不是包含/排除规则的列表（例如在不同列之间使用了 &quot;or&quot;），因此以文本显示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This filter has an error; correct it as text.</source>
        <translation>此过滤器有错误；请以文本形式更正。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The filter has an error: %1</source>
        <translation>过滤器有错误：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Preset name:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the preset &quot;%1&quot;?</source>
        <translation>替换预设“%1”？</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>Rename preset</source>
        <translation>重命名预设</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>删除预设“%1”？</translation>
    </message>
</context>
<context>
    <name>proclens::gui::FilterMenu</name>
    <message>
        <location filename="../gui/filter/filter_menu.cpp" line="+42"/>
        <source>Fil&amp;ter</source>
        <translation>过滤器(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capture filter… (what the helper records)</source>
        <translation>捕获过滤器(&amp;C)…（辅助程序记录的内容）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear capture filter</source>
        <translation>清除捕获过滤器(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View filter… (what the activity log shows)</source>
        <translation>视图过滤器(&amp;V)…（活动日志显示的内容）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cl&amp;ear view filter</source>
        <translation>清除视图过滤器(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;preset as view filter</source>
        <translation>将预设应用为视图过滤器(&amp;P)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The helper refused the capture filter: %1</source>
        <translation>辅助程序拒绝了捕获过滤器：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Capture filter cleared</source>
        <translation>捕获过滤器已清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture filter: kernel: %1; view: %2</source>
        <translation>捕获过滤器：内核：%1；视图：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>View filter cleared</source>
        <translation>视图过滤器已清除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View filter: %1</source>
        <translation>视图过滤器：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Capture filter</source>
        <translation>捕获过滤器</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no presets: save one in a filter dialog)</source>
        <translation>（无预设：请在过滤器对话框中保存一个）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View filter</source>
        <translation>视图过滤器</translation>
    </message>
</context>
<context>
    <name>proclens::gui::FilterPresets</name>
    <message>
        <location filename="../gui/filter/filter_presets.cpp" line="+61"/>
        <location line="+35"/>
        <source>A preset needs a name.</source>
        <translation>预设需要名称。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>An empty filter cannot be saved as a preset.</source>
        <translation>空过滤器不能保存为预设。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>不存在预设“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A preset &quot;%1&quot; already exists.</source>
        <translation>预设“%1”已存在。</translation>
    </message>
</context>
<context>
    <name>proclens::gui::HighlightRulesDialog</name>
    <message>
        <location filename="../gui/activity/highlight_rules.cpp" line="+10"/>
        <source>Highlight rules</source>
        <translation>高亮规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows matching a rule get its colour; the first matching rule wins. Rules use the filter language, e.g. &lt;tt&gt;result != 0&lt;/tt&gt; or &lt;tt&gt;comm = &quot;bash&quot;&lt;/tt&gt;.</source>
        <translation>匹配规则的行使用该规则的颜色；以第一条匹配的规则为准。规则使用过滤语言，例如 &lt;tt&gt;result != 0&lt;/tt&gt; 或 &lt;tt&gt;comm = &quot;bash&quot;&lt;/tt&gt;。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter expression</source>
        <translation>过滤表达式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Row colour</source>
        <translation>行颜色</translation>
    </message>
</context>
<context>
    <name>proclens::gui::LiveSession</name>
    <message>
        <location filename="../gui/app/live_session.cpp" line="+61"/>
        <source>Connecting to the ProcLens helper. You may be asked to authenticate.</source>
        <translation>正在连接 ProcLens 辅助程序。可能会要求您进行身份验证。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the process list…</source>
        <translation>正在读取进程列表…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Live</source>
        <translation>实时</translation>
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
        <translation>进程(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Activity</source>
        <translation>活动(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not pause</source>
        <translation>无法暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not resume</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Process %1 is no longer in the process list</source>
        <translation>进程 %1 已不在进程列表中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Namespaces</source>
        <translation>命名空间(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ummary</source>
        <translation>摘要(&amp;U)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+13"/>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Connecting to the ProcLens helper. Your system may ask you to authenticate.</source>
        <translation>正在连接 ProcLens 辅助程序。系统可能会要求您进行身份验证。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Permission refused</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The helper refused access: %1</source>
        <translation>辅助程序拒绝访问：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring processes needs the org.proclens.monitor permission. Authenticate as an administrator when asked, ask your administrator to grant it, or run ProcLens as root. Then retry.</source>
        <translation>监视进程需要 org.proclens.monitor 权限。请在提示时以管理员身份进行身份验证、请管理员授予该权限，或以 root 身份运行 ProcLens，然后重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No helper</source>
        <translation>没有辅助程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProcLens could not start its helper: %1</source>
        <translation>ProcLens 无法启动其辅助程序：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install ProcLens (its helper proclens-helper and its D-Bus and polkit files), make sure pkexec is available, or run ProcLens as root. Then retry.</source>
        <translation>请安装 ProcLens（其辅助程序 proclens-helper 及其 D-Bus 和 polkit 文件），确保 pkexec 可用，或以 root 身份运行 ProcLens，然后重试。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Capturing (private helper)</source>
        <translation>正在捕获（私有辅助程序）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capturing</source>
        <translation>正在捕获</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnected: %1</source>
        <translation>已断开：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not capturing</source>
        <translation>未在捕获</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mode: %1</source>
        <translation>模式：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kernel: %1</source>
        <translation>内核：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events/s</source>
        <translation>%1 个事件/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drops: %1</source>
        <translation>丢弃：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Process</source>
        <translation>进程(&amp;P)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Terminate</source>
        <translation>终止(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>terminate</source>
        <translation>终止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kill…</source>
        <translation>强制结束(&amp;K)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kill</source>
        <translation>强制结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>暂停(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stop</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontinue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;priority…</source>
        <translation>更改优先级(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy row</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy P&amp;ID</source>
        <translation>复制 PID(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter to this process</source>
        <translation>仅显示此进程(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter to its &amp;namespace (pid)</source>
        <translation>仅显示其命名空间(&amp;N)（pid）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter to its c&amp;ontainer</source>
        <translation>仅显示其容器(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filter</source>
        <translation>清除过滤器(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited rows &amp;linger…</source>
        <translation>已退出行的保留时间(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sample interval…</source>
        <translation>采样间隔(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity log si&amp;ze…</source>
        <translation>活动日志大小(&amp;Z)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activity log (every system call)</source>
        <translation>活动日志(&amp;A)（每个系统调用）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not switch the activity log</source>
        <translation>无法切换活动日志</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kill process</source>
        <translation>强制结束进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill %1 (PID %2)? It cannot clean up.</source>
        <translation>强制结束 %1（PID %2）？它将无法进行清理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not %1 the process</source>
        <translation>无法%1该进程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent %1 to %2 (PID %3)</source>
        <translation>已向 %2（PID %3）发送“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change priority</source>
        <translation>更改优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nice value for %1 (PID %2), -20 (highest) to 19 (lowest):</source>
        <translation>%1（PID %2）的 nice 值，-20（最高）到 19（最低）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not change the priority</source>
        <translation>无法更改优先级</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>process %1 and its children</source>
        <translation>进程 %1 及其子进程</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 namespace %2</source>
        <translation>%1 命名空间 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>container %1</source>
        <translation>容器 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cgroup %1</source>
        <translation>cgroup %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exited processes</source>
        <translation>已退出的进程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep exited processes for (seconds):</source>
        <translation>已退出进程的保留时间（秒）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read CPU and memory every (seconds):</source>
        <translation>读取 CPU 和内存的间隔（秒）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activity log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep at most this many events (the oldest go first):</source>
        <translation>最多保留的事件数（最早的先删除）：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Namespaces</source>
        <translation>命名空间</translation>
    </message>
</context>
<context>
    <name>proclens::gui::NamespaceModel</name>
    <message>
        <location filename="../gui/model/namespace_model.cpp" line="+198"/>
        <source>Namespace / process</source>
        <translation>命名空间 / 进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes / PID</source>
        <translation>进程 / PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 namespaces</source>
        <translation>%1 命名空间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1:[%2] (host)</source>
        <translation>%1:[%2]（主机）</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ProcessExport</name>
    <message>
        <location filename="../gui/export/process_export_source.cpp" line="+26"/>
        <source>Memory (RSS, bytes)</source>
        <translation>内存（RSS，字节）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Processes (list)</source>
        <translation>进程（列表）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes (tree)</source>
        <translation>进程（树）</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ProcessTreeModel</name>
    <message>
        <location filename="../gui/model/process_tree_model.cpp" line="+19"/>
        <source>Name</source>
        <translation>名称</translation>
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
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (RSS)</source>
        <translation>内存（RSS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container / cgroup</source>
        <translation>容器 / cgroup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pid ns</source>
        <translation>PID 命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mnt ns</source>
        <translation>挂载命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net ns</source>
        <translation>网络命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uts ns</source>
        <translation>UTS 命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ipc ns</source>
        <translation>IPC 命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user ns</source>
        <translation>用户命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cgroup ns</source>
        <translation>cgroup 命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time ns</source>
        <translation>时间命名空间</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>killed (signal %1)</source>
        <translation>被杀死（信号 %1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exited (%1)</source>
        <translation>已退出（%1）</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ProcessView</name>
    <message>
        <location filename="../gui/app/process_view.cpp" line="+42"/>
        <source>Flat list</source>
        <translation>平铺列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show processes as a flat list instead of a tree (Ctrl+L)</source>
        <translation>以平铺列表而非树形显示进程（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse all</source>
        <translation>全部折叠</translation>
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
        <translation>清除过滤器</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Filter: %1</source>
        <translation>过滤器：%1</translation>
    </message>
</context>
<context>
    <name>proclens::gui::StartPage</name>
    <message>
        <location filename="../gui/app/start_page.cpp" line="+33"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preparing ProcLens…</source>
        <translation>正在准备 ProcLens…</translation>
    </message>
</context>
<context>
    <name>proclens::gui::SummaryModel</name>
    <message>
        <location filename="../gui/summary/summary_model.cpp" line="+107"/>
        <source>Process / syscall</source>
        <translation>进程 / 系统调用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>错误数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total latency</source>
        <translation>总延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg latency</source>
        <translation>平均延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max latency</source>
        <translation>最大延迟</translation>
    </message>
</context>
<context>
    <name>proclens::gui::SummaryView</name>
    <message>
        <location filename="../gui/summary/summary_view.cpp" line="+54"/>
        <source>&amp;All processes</source>
        <translation>所有进程(&amp;A)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>all processes</source>
        <translation>所有进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts for %1 — %2 calls, %3 errors</source>
        <translation>%1 的图表——%2 次调用，%3 个错误</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Top %1 syscalls by calls</source>
        <translation>调用次数最多的 %1 个系统调用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Syscalls per second</source>
        <translation>每秒系统调用数</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
</TS>
