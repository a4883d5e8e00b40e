<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="src/language_menu.cpp" line="+15"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;System default</source>
        <translation>Padrão do &amp;sistema</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ProcLens will follow the system language from its next start.</source>
        <translation>O ProcLens usará o idioma do sistema a partir da próxima inicialização.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProcLens will use %1 from its next start.</source>
        <translation>O ProcLens usará %1 a partir da próxima inicialização.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>ProcessState</name>
    <message>
        <location filename="../gui/model/process_tree_model.cpp" line="+102"/>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sleeping</source>
        <translation>dormindo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk sleep</source>
        <translation>espera de disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zombie</source>
        <translation>zumbi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traced</source>
        <translation>rastreado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle</source>
        <translation>ocioso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exited</source>
        <translation>encerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../gui/activity/activity_export_source.cpp" line="+25"/>
        <source>Activity log (%1 events)</source>
        <translation>Registro de atividade (%1 eventos)</translation>
    </message>
    <message>
        <location filename="../gui/activity/highlight_rules.cpp" line="+58"/>
        <source>rule %1: %2</source>
        <translation>regra %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../gui/app/main.cpp" line="+71"/>
        <source>proclens: unknown language &apos;%1&apos; (known: %2)</source>
        <translation>proclens: idioma desconhecido &quot;%1&quot; (conhecidos: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Live process monitor built on eBPF.</source>
        <translation>Monitor de processos em tempo real baseado em eBPF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always start a private helper (peer-to-peer) instead of using the system bus.</source>
        <translation>Sempre iniciar um auxiliar privado (ponto a ponto) em vez de usar o barramento do sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helper executable for peer mode.</source>
        <translation>Executável do auxiliar para o modo ponto a ponto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write PNGs of each view into DIR once live, then quit.</source>
        <translation>Quando estiver ao vivo, gravar um PNG de cada visão em DIR e sair.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milliseconds to wait before the screenshots (default 3000).</source>
        <translation>Milissegundos de espera antes das capturas de tela (padrão 3000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the first process with this name.</source>
        <translation>Selecionar o primeiro processo com este nome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours: dark, or the desktop&apos;s (default).</source>
        <translation>Cores: dark (escuro) ou as da área de trabalho (padrão).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User interface language (%1); default: the system&apos;s.</source>
        <translation>Idioma da interface (%1); padrão: o do sistema.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>proclens: --palette takes &apos;dark&apos;</source>
        <translation>proclens: --palette aceita &quot;dark&quot;</translation>
    </message>
</context>
<context>
    <name>proclens-cli</name>
    <message>
        <location filename="../cli/helper_connection.cpp" line="+130"/>
        <source>cannot reach the ProcLens helper over the %1: %2</source>
        <translation>não foi possível contatar o auxiliar do ProcLens por %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1; reading /proc directly (other users&apos; details may be missing)</source>
        <translation>%1; lendo /proc diretamente (detalhes de outros usuários podem faltar)</translation>
    </message>
    <message>
        <location filename="../cli/output_sink.cpp" line="+16"/>
        <source>standard output</source>
        <translation>saída padrão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open %1 for writing: %2</source>
        <translation>não foi possível abrir %1 para gravação: %2</translation>
    </message>
    <message>
        <location filename="../cli/ps_command.cpp" line="+88"/>
        <source>cannot read the process list: %1</source>
        <translation>não foi possível ler a lista de processos: %1</translation>
    </message>
    <message>
        <location filename="../cli/status_command.cpp" line="+17"/>
        <source>proclens-cli %1 needs root to load its BPF programs (run it with sudo)</source>
        <translation>proclens-cli %1 precisa ser root para carregar seus programas BPF (execute com sudo)</translation>
    </message>
    <message>
        <location filename="../cli/summary_output.cpp" line="+20"/>
        <source>-- summary after %1 s (top %2 by count) --</source>
        <translation>-- resumo após %1 s (os %2 mais frequentes) --</translation>
    </message>
    <message>
        <location filename="../cli/arguments.cpp" line="+89"/>
        <source>%1 needs a value</source>
        <translation>%1 precisa de um valor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 takes no value</source>
        <translation>%1 não aceita valor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs %2 (a non-negative integer), got &apos;%3&apos;</source>
        <translation>%1 precisa de %2 (um inteiro não negativo), recebido &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--syscall number %1 is out of range (0-%2)</source>
        <translation>o número de --syscall %1 está fora do intervalo (0-%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--syscall: unknown x86_64 system call &apos;%1&apos;</source>
        <translation>--syscall: chamada de sistema x86_64 desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format must be text, csv or jsonl, got &apos;%1&apos;</source>
        <translation>--format deve ser text, csv ou jsonl, recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown option &apos;%1&apos; for record</source>
        <translation>opção desconhecida &quot;%1&quot; para record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a user id</source>
        <translation>um id de usuário</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a process id</source>
        <translation>um id de processo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--comm needs a command name of 1 to %1 bytes, got &apos;%2&apos;</source>
        <translation>--comm precisa de um nome de comando de 1 a %1 bytes, recebido &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--filter given twice (join the expressions with &quot;and&quot;)</source>
        <translation>--filter informado duas vezes (una as expressões com &quot;and&quot;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--duration needs a positive number of seconds, got &apos;%1&apos;</source>
        <translation>--duration precisa de um número positivo de segundos, recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--ring-size needs a size in MiB from 1 to %1, got &apos;%2&apos;</source>
        <translation>--ring-size precisa de um tamanho em MiB de 1 a %1, recebido &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a file name</source>
        <translation>%1 precisa de um nome de arquivo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown option &apos;%1&apos; for ps</source>
        <translation>opção desconhecida &quot;%1&quot; para ps</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown option &apos;%1&apos; (options go after the command)</source>
        <translation>opção desconhecida &quot;%1&quot; (as opções vêm depois do comando)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no command given</source>
        <translation>nenhum comando informado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>status takes no option, got &apos;%1&apos;</source>
        <translation>status não aceita opções, recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--follow needs at least one --pid</source>
        <translation>--follow precisa de pelo menos um --pid</translation>
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
        <translation>uso: proclens-cli [-v] [--direct] COMANDO [OPÇÕES]

record, ps e status passam pelo proclens-helper: pelo barramento do sistema
quando o serviço dele está instalado; caso contrário, por um auxiliar privado
iniciado diretamente (root) ou pelo pkexec (o pkttyagent pede a senha neste
terminal). --direct (com qualquer comando) captura neste processo, o que exige
root.

Comandos:
  record    capturar eventos de processos e chamadas de sistema (exige root)
  ps        mostrar os processos com seus namespaces e seu contêiner
  status    mostrar o kernel, o modo de captura e os programas que o mecanismo
            anexa (exige root)
  help      mostrar este texto

Opções de record:
  --summary             tabela por processo e chamada de sistema (padrão sem
                        --events); mostrada no final e, com --format text,
                        também a cada segundo
  --events              cada chamada de sistema concluída como linha de evento
  --pid P               apenas o processo P (repetível)
  --exclude-pid P       nunca o processo P (repetível)
  --follow              incluir também os filhos dos processos de --pid
  --uid U               apenas processos do id de usuário U (repetível)
  --comm C              apenas processos chamados C (repetível)
  --syscall NOME|NR     apenas esta chamada de sistema (repetível)
  --filter EXPR         apenas eventos que satisfazem EXPR, ex.:
                        &apos;path ~ &quot;/etc&quot; and result != 0&apos;
                        (campos: pid ppid tid comm exe user syscall result errno
                        retval path addr port container ns.* cgroup duration
                        event); a parte que o kernel pode aplicar é enviada com
                        o filtro de captura
  --format F            text (padrão), csv (RFC 4180, linha de cabeçalho) ou
                        jsonl
  --duration S          parar após S segundos (padrão: no Ctrl-C ou SIGTERM)
  --ring-size MiB       tamanho do buffer circular com --direct (padrão 64; o
                        auxiliar escolhe o seu)
  -o, --output ARQUIVO  gravar em ARQUIVO em vez da saída padrão

Opções de ps:
  --tree                ordem em árvore (text: nomes recuados; csv/jsonl: uma
                        coluna depth)
  --format F            text (padrão), csv ou jsonl
</translation>
    </message>
    <message>
        <location filename="../cli/record_command.cpp" line="+74"/>
        <source>recording (%1, %2 MiB ring buffer); Ctrl-C stops</source>
        <translation>gravando (%1, buffer circular de %2 MiB); Ctrl-C interrompe</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../cli/record_via_helper.cpp" line="+192"/>
        <source>-- summary --</source>
        <translation>-- resumo --</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../cli/record_via_helper.cpp" line="+12"/>
        <source>output stopped: %1</source>
        <translation>saída interrompida: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 records lost in the kernel (ring buffer full) and %2 in user space; a larger --ring-size or a narrower filter helps</source>
        <translation>%1 registros perdidos no kernel (buffer circular cheio) e %2 no espaço de usuário; um --ring-size maior ou um filtro mais restrito ajuda</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../cli/record_via_helper.cpp" line="+12"/>
        <source>%1 malformed records skipped</source>
        <translation>%1 registros malformados ignorados</translation>
    </message>
    <message>
        <location filename="../cli/record_via_helper.cpp" line="-114"/>
        <source>%1 (--direct runs the capture in this process, as root)</source>
        <translation>%1 (--direct executa a captura neste processo, como root)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the helper refused to record: %1</source>
        <translation>o auxiliar recusou a gravação: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recording through the helper (%1, %2); Ctrl-C stops</source>
        <translation>gravando pelo auxiliar (%1, %2); Ctrl-C interrompe</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 records lost in the kernel (ring buffer full) and %2 batches dropped by the helper (this client read too slowly); a narrower filter helps</source>
        <translation>%1 registros perdidos no kernel (buffer circular cheio) e %2 lotes descartados pelo auxiliar (este cliente leu devagar demais); um filtro mais restrito ajuda</translation>
    </message>
</context>
<context>
    <name>proclens::gui</name>
    <message>
        <location filename="../gui/activity/event_details.cpp" line="+31"/>
        <location line="+59"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp (monotonic ns)</source>
        <translation>Carimbo de tempo (monotônico, ns)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>Processo</translation>
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
        <translation>Sinalizadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log position</source>
        <translation>Posição no registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syscall number</source>
        <translation>Número da chamada de sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Raw argument %1</source>
        <translation>Argumento bruto %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path %1</source>
        <translation>Caminho %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Socket address</source>
        <translation>Endereço do socket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parent PID</source>
        <translation>PID do pai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID in its namespace</source>
        <translation>PID no seu namespace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UID / GID</source>
        <translation>UID / GID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time (monotonic ns)</source>
        <translation>Hora de início (monotônica, ns)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cgroup id</source>
        <translation>ID do cgroup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executable</source>
        <translation>Executável</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous thread id</source>
        <translation>ID da thread anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit code</source>
        <translation>Código de saída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit signal</source>
        <translation>Sinal de saída</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <location filename="../gui/export/export_file.cpp" line="+48"/>
        <source>Export writes CSV or JSON Lines, not plain text.</source>
        <translation>A exportação grava CSV ou JSON Lines, não texto simples.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file name given.</source>
        <translation>Nenhum nome de arquivo informado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export: the view shows no columns.</source>
        <translation>Nada para exportar: a visão não mostra colunas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not create %1: %2</source>
        <translation>Não foi possível criar %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+31"/>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Export cancelled after %1 of %2 rows; %3 was not written.</source>
        <translation>Exportação cancelada após %1 de %2 linhas; %3 não foi gravado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export of %1 stopped: row %2 has %3 cells for %4 columns.</source>
        <translation>Exportação de %1 interrompida: a linha %2 tem %3 células para %4 colunas.</translation>
    </message>
    <message>
        <location filename="../gui/export/export_action.cpp" line="+34"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This view has nothing to export.</source>
        <translation>Esta visão não tem nada para exportar.</translation>
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
        <translation>Exportar %1</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ActivityModel</name>
    <message>
        <location filename="../gui/activity/activity_model.cpp" line="+138"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>Processo</translation>
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
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ActivityView</name>
    <message>
        <location filename="../gui/activity/activity_view.cpp" line="+38"/>
        <source>&amp;View filter:</source>
        <translation>Filtro de &amp;visão:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrows what this view shows; everything captured is kept. The capture filter (what the helper records) is set separately.</source>
        <translation>Restringe o que esta visão mostra; tudo o que foi capturado é mantido. O filtro de captura (o que o auxiliar registra) é definido à parte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. path ~ &quot;/etc&quot; and result != 0 — press Enter to apply</source>
        <translation>ex.: path ~ &quot;/etc&quot; and result != 0 — pressione Enter para aplicar</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+176"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Pause or resume the capture</source>
        <translation>Pausar ou retomar a captura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove every event from the log</source>
        <translation>Remover todos os eventos do registro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Follow</source>
        <translation>&amp;Acompanhar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the newest event in view (stops when you scroll up)</source>
        <translation>Manter o evento mais recente à vista (para ao rolar para cima)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Jump to process</source>
        <translation>&amp;Ir para o processo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected event&apos;s process in the Processes tab</source>
        <translation>Mostrar o processo do evento selecionado na aba Processos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Highlight…</source>
        <translation>&amp;Destacar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour rows matching filter expressions</source>
        <translation>Colorir as linhas que correspondem a expressões de filtro</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select an event to see every field.</source>
        <translation>Selecione um evento para ver todos os campos.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>View filter applied in %1 ms (%2 rows)</source>
        <translation>Filtro de visão aplicado em %1 ms (%2 linhas)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>View filter error at position %1: %2</source>
        <translation>Erro no filtro de visão na posição %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applying the view filter…</source>
        <translation>Aplicando o filtro de visão…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 events kept (at most %2)</source>
        <translation>%1 eventos mantidos (no máximo %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 oldest events dropped to stay within the limit</source>
        <translation>; os %1 eventos mais antigos foram descartados para respeitar o limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 shown by the view filter</source>
        <translation>; %1 mostrados pelo filtro de visão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; capture paused</source>
        <translation>; captura pausada</translation>
    </message>
</context>
<context>
    <name>proclens::gui::DetailsPane</name>
    <message>
        <location filename="../gui/app/details_pane.cpp" line="+38"/>
        <source>Select a process to see its details.</source>
        <translation>Selecione um processo para ver seus detalhes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not shown)</source>
        <translation>%1 (não exibido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ancestry</source>
        <translation>Ascendência</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none: kernel thread)</source>
        <translation>(nenhum: thread do kernel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executable</source>
        <translation>Executável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working directory</source>
        <translation>Diretório de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container</source>
        <translation>Contêiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID in its namespace</source>
        <translation>PID no seu namespace</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>shared with %n process(es)</source>
        <translation>
            <numerusform>compartilhado com %n processo</numerusform>
            <numerusform>compartilhado com %n processos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>killed by signal %1</source>
        <translation>morto pelo sinal %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code %1</source>
        <translation>código de saída %1</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ExportJob</name>
    <message>
        <location filename="../gui/export/export_job.cpp" line="+34"/>
        <source>Nothing to export.</source>
        <translation>Nada para exportar.</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ExportProgress</name>
    <message>
        <location filename="../gui/export/export_progress.cpp" line="+33"/>
        <source>Exporting %1 to %2…</source>
        <translation>Exportando %1 para %2…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported %1 rows of %2 to %3 (%4)</source>
        <translation>%1 linhas de %2 exportadas para %3 (%4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

No file was written.</source>
        <translation>%1

Nenhum arquivo foi gravado.</translation>
    </message>
</context>
<context>
    <name>proclens::gui::FilterDialog</name>
    <message>
        <location filename="../gui/filter/filter_dialog.cpp" line="+29"/>
        <source>a number, e.g. 1234</source>
        <translation>um número, ex.: 1234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text, e.g. /etc/passwd</source>
        <translation>texto, ex.: /etc/passwd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user name or uid, e.g. root</source>
        <translation>um nome de usuário ou uid, ex.: root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a syscall name or number, e.g. openat</source>
        <translation>um nome ou número de chamada de sistema, ex.: openat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number or errno name, e.g. ENOENT</source>
        <translation>um número ou nome de errno, ex.: ENOENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an errno name or number, e.g. EACCES</source>
        <translation>um nome ou número de errno, ex.: EACCES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a duration, e.g. 10ms</source>
        <translation>uma duração, ex.: 10ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syscall, fork, exec or exit</source>
        <translation>syscall, fork, exec ou exit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Capture filter</source>
        <translation>Filtro de captura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View filter</source>
        <translation>Filtro de visão</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Capture filter&lt;/b&gt; — decides what the helper records. The part the kernel can test is applied there (less overhead); the rest is applied in the view.</source>
        <translation>&lt;b&gt;Filtro de captura&lt;/b&gt; — decide o que o auxiliar registra. A parte que o kernel pode testar é aplicada lá (menos sobrecarga); o restante é aplicado na visão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;View filter&lt;/b&gt; — hides events already captured, instantly. Nothing is sent to the helper; clear it to see everything again.</source>
        <translation>&lt;b&gt;Filtro de visão&lt;/b&gt; — oculta instantaneamente eventos já capturados. Nada é enviado ao auxiliar; limpe-o para ver tudo novamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preset:</source>
        <translation>Predefinição:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Load</source>
        <translation>&amp;Carregar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Salvar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nomear…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Relação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Adicionar regra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove rule</source>
        <translation>&amp;Remover regra</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+145"/>
        <source>Edit as &amp;text</source>
        <translation>Editar como &amp;texto</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Apply to capture</source>
        <translation>Aplicar à captura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply to view</source>
        <translation>Aplicar à visão</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Edit as &amp;rules</source>
        <translation>Editar como &amp;regras</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rule %1: %2</source>
        <translation>Regra %1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;In the kernel:&lt;/b&gt; nothing (everything is captured)</source>
        <translation>&lt;b&gt;No kernel:&lt;/b&gt; nada (tudo é capturado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;In the kernel:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No kernel:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (no part of this filter can run there)</source>
        <translation>nada (nenhuma parte deste filtro pode ser executada lá)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;In the view:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Na visão:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (the kernel applies all of it)</source>
        <translation>nada (o kernel aplica tudo)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the filter text first; it cannot be shown as rules while it has an error.</source>
        <translation>Corrija primeiro o texto do filtro; ele não pode ser mostrado como regras enquanto tiver um erro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This filter is not a list of include/exclude rules (for example it uses &quot;or&quot; across columns), so it can only be edited as text.</source>
        <translation>Este filtro não é uma lista de regras de inclusão/exclusão (por exemplo, usa &quot;or&quot; entre colunas), então só pode ser editado como texto.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This filter is not a list of include/exclude rules (for example it uses &quot;or&quot; across columns), so it is shown as text.</source>
        <translation>Este filtro não é uma lista de regras de inclusão/exclusão (por exemplo, usa &quot;or&quot; entre colunas), então é mostrado como texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This filter has an error; correct it as text.</source>
        <translation>Este filtro tem um erro; corrija-o como texto.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The filter has an error: %1</source>
        <translation>O filtro tem um erro: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Save preset</source>
        <translation>Salvar predefinição</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Preset name:</source>
        <translation>Nome da predefinição:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the preset &quot;%1&quot;?</source>
        <translation>Substituir a predefinição &quot;%1&quot;?</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>Rename preset</source>
        <translation>Renomear predefinição</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Novo nome para &quot;%1&quot;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete preset</source>
        <translation>Excluir predefinição</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>Excluir a predefinição &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>proclens::gui::FilterMenu</name>
    <message>
        <location filename="../gui/filter/filter_menu.cpp" line="+42"/>
        <source>Fil&amp;ter</source>
        <translation>Fil&amp;tro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capture filter… (what the helper records)</source>
        <translation>Filtro de &amp;captura… (o que o auxiliar registra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear capture filter</source>
        <translation>&amp;Limpar filtro de captura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View filter… (what the activity log shows)</source>
        <translation>Filtro de &amp;visão… (o que o registro de atividade mostra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cl&amp;ear view filter</source>
        <translation>Limpar filtro de v&amp;isão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;preset as view filter</source>
        <translation>Aplicar &amp;predefinição como filtro de visão</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The helper refused the capture filter: %1</source>
        <translation>O auxiliar recusou o filtro de captura: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Capture filter cleared</source>
        <translation>Filtro de captura limpo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture filter: kernel: %1; view: %2</source>
        <translation>Filtro de captura: kernel: %1; visão: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>View filter cleared</source>
        <translation>Filtro de visão limpo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View filter: %1</source>
        <translation>Filtro de visão: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Capture filter</source>
        <translation>Filtro de captura</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no presets: save one in a filter dialog)</source>
        <translation>(nenhuma predefinição: salve uma em um diálogo de filtro)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View filter</source>
        <translation>Filtro de visão</translation>
    </message>
</context>
<context>
    <name>proclens::gui::FilterPresets</name>
    <message>
        <location filename="../gui/filter/filter_presets.cpp" line="+61"/>
        <location line="+35"/>
        <source>A preset needs a name.</source>
        <translation>Uma predefinição precisa de um nome.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>An empty filter cannot be saved as a preset.</source>
        <translation>Um filtro vazio não pode ser salvo como predefinição.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Não existe a predefinição &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A preset &quot;%1&quot; already exists.</source>
        <translation>Já existe uma predefinição &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>proclens::gui::HighlightRulesDialog</name>
    <message>
        <location filename="../gui/activity/highlight_rules.cpp" line="+10"/>
        <source>Highlight rules</source>
        <translation>Regras de destaque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows matching a rule get its colour; the first matching rule wins. Rules use the filter language, e.g. &lt;tt&gt;result != 0&lt;/tt&gt; or &lt;tt&gt;comm = &quot;bash&quot;&lt;/tt&gt;.</source>
        <translation>As linhas que correspondem a uma regra recebem sua cor; vale a primeira regra correspondente. As regras usam a linguagem de filtro, ex.: &lt;tt&gt;result != 0&lt;/tt&gt; ou &lt;tt&gt;comm = &quot;bash&quot;&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter expression</source>
        <translation>Expressão de filtro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Cor…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Row colour</source>
        <translation>Cor da linha</translation>
    </message>
</context>
<context>
    <name>proclens::gui::LiveSession</name>
    <message>
        <location filename="../gui/app/live_session.cpp" line="+61"/>
        <source>Connecting to the ProcLens helper. You may be asked to authenticate.</source>
        <translation>Conectando ao auxiliar do ProcLens. Pode ser solicitada sua autenticação.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the process list…</source>
        <translation>Lendo a lista de processos…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Live</source>
        <translation>Ao vivo</translation>
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
        <translation>&amp;Processos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Activity</source>
        <translation>&amp;Atividade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not pause</source>
        <translation>Não foi possível pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not resume</source>
        <translation>Não foi possível retomar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Process %1 is no longer in the process list</source>
        <translation>O processo %1 não está mais na lista de processos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Namespaces</source>
        <translation>&amp;Namespaces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Resumo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+13"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Connecting to the ProcLens helper. Your system may ask you to authenticate.</source>
        <translation>Conectando ao auxiliar do ProcLens. Seu sistema pode solicitar sua autenticação.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading</source>
        <translation>Carregando</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Permission refused</source>
        <translation>Permissão negada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The helper refused access: %1</source>
        <translation>O auxiliar negou o acesso: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring processes needs the org.proclens.monitor permission. Authenticate as an administrator when asked, ask your administrator to grant it, or run ProcLens as root. Then retry.</source>
        <translation>Monitorar processos requer a permissão org.proclens.monitor. Autentique-se como administrador quando solicitado, peça ao seu administrador que a conceda ou execute o ProcLens como root. Depois, tente novamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No helper</source>
        <translation>Nenhum auxiliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProcLens could not start its helper: %1</source>
        <translation>O ProcLens não conseguiu iniciar seu auxiliar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install ProcLens (its helper proclens-helper and its D-Bus and polkit files), make sure pkexec is available, or run ProcLens as root. Then retry.</source>
        <translation>Instale o ProcLens (seu auxiliar proclens-helper e seus arquivos de D-Bus e polkit), verifique se o pkexec está disponível ou execute o ProcLens como root. Depois, tente novamente.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Capturing (private helper)</source>
        <translation>Capturando (auxiliar privado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capturing</source>
        <translation>Capturando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnected: %1</source>
        <translation>Desconectado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not capturing</source>
        <translation>Sem captura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mode: %1</source>
        <translation>Modo: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kernel: %1</source>
        <translation>Kernel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events/s</source>
        <translation>%1 eventos/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drops: %1</source>
        <translation>Perdas: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Process</source>
        <translation>&amp;Processo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Terminate</source>
        <translation>&amp;Encerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>terminate</source>
        <translation>encerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kill…</source>
        <translation>&amp;Matar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kill</source>
        <translation>matar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stop</source>
        <translation>parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>continue</source>
        <translation>continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;priority…</source>
        <translation>Alterar &amp;prioridade…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy row</source>
        <translation>&amp;Copiar linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy P&amp;ID</source>
        <translation>Copiar P&amp;ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter to this process</source>
        <translation>&amp;Filtrar por este processo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter to its &amp;namespace (pid)</source>
        <translation>Filtrar pelo seu &amp;namespace (pid)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter to its c&amp;ontainer</source>
        <translation>Filtrar pelo seu c&amp;ontêiner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filter</source>
        <translation>&amp;Limpar filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited rows &amp;linger…</source>
        <translation>&amp;Permanência de linhas encerradas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sample interval…</source>
        <translation>&amp;Intervalo de amostragem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity log si&amp;ze…</source>
        <translation>&amp;Tamanho do registro de atividade…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activity log (every system call)</source>
        <translation>Registro de &amp;atividade (cada chamada de sistema)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not switch the activity log</source>
        <translation>Não foi possível alternar o registro de atividade</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kill process</source>
        <translation>Matar processo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill %1 (PID %2)? It cannot clean up.</source>
        <translation>Matar %1 (PID %2)? Ele não poderá fazer a limpeza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not %1 the process</source>
        <translation>Não foi possível %1 o processo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent %1 to %2 (PID %3)</source>
        <translation>&quot;%1&quot; enviado para %2 (PID %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change priority</source>
        <translation>Alterar prioridade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nice value for %1 (PID %2), -20 (highest) to 19 (lowest):</source>
        <translation>Valor nice para %1 (PID %2), de -20 (máxima) a 19 (mínima):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not change the priority</source>
        <translation>Não foi possível alterar a prioridade</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>process %1 and its children</source>
        <translation>processo %1 e seus filhos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 namespace %2</source>
        <translation>namespace %1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>container %1</source>
        <translation>contêiner %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cgroup %1</source>
        <translation>cgroup %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exited processes</source>
        <translation>Processos encerrados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep exited processes for (seconds):</source>
        <translation>Manter processos encerrados por (segundos):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sampling</source>
        <translation>Amostragem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read CPU and memory every (seconds):</source>
        <translation>Ler CPU e memória a cada (segundos):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activity log</source>
        <translation>Registro de atividade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep at most this many events (the oldest go first):</source>
        <translation>Manter no máximo esta quantidade de eventos (os mais antigos saem primeiro):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
</context>
<context>
    <name>proclens::gui::NamespaceModel</name>
    <message>
        <location filename="../gui/model/namespace_model.cpp" line="+198"/>
        <source>Namespace / process</source>
        <translation>Namespace / processo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes / PID</source>
        <translation>Processos / PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>Contêiner</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 namespaces</source>
        <translation>Namespaces %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1:[%2] (host)</source>
        <translation>%1:[%2] (host)</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ProcessExport</name>
    <message>
        <location filename="../gui/export/process_export_source.cpp" line="+26"/>
        <source>Memory (RSS, bytes)</source>
        <translation>Memória (RSS, bytes)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Processes (list)</source>
        <translation>Processos (lista)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes (tree)</source>
        <translation>Processos (árvore)</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ProcessTreeModel</name>
    <message>
        <location filename="../gui/model/process_tree_model.cpp" line="+19"/>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Usuário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %</source>
        <translation>% CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (RSS)</source>
        <translation>Memória (RSS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line</source>
        <translation>Linha de comando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container / cgroup</source>
        <translation>Contêiner / cgroup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pid ns</source>
        <translation>ns pid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mnt ns</source>
        <translation>ns montagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net ns</source>
        <translation>ns rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uts ns</source>
        <translation>ns uts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ipc ns</source>
        <translation>ns ipc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user ns</source>
        <translation>ns usuário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cgroup ns</source>
        <translation>ns cgroup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time ns</source>
        <translation>ns tempo</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>killed (signal %1)</source>
        <translation>morto (sinal %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exited (%1)</source>
        <translation>encerrado (%1)</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ProcessView</name>
    <message>
        <location filename="../gui/app/process_view.cpp" line="+42"/>
        <source>Flat list</source>
        <translation>Lista simples</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show processes as a flat list instead of a tree (Ctrl+L)</source>
        <translation>Mostrar os processos como lista simples em vez de árvore (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand all</source>
        <translation>Expandir tudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse all</source>
        <translation>Recolher tudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns…</source>
        <translation>Colunas…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear filter</source>
        <translation>Limpar filtro</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
</context>
<context>
    <name>proclens::gui::StartPage</name>
    <message>
        <location filename="../gui/app/start_page.cpp" line="+33"/>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preparing ProcLens…</source>
        <translation>Preparando o ProcLens…</translation>
    </message>
</context>
<context>
    <name>proclens::gui::SummaryModel</name>
    <message>
        <location filename="../gui/summary/summary_model.cpp" line="+107"/>
        <source>Process / syscall</source>
        <translation>Processo / chamada de sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total latency</source>
        <translation>Latência total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg latency</source>
        <translation>Latência média</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max latency</source>
        <translation>Latência máxima</translation>
    </message>
</context>
<context>
    <name>proclens::gui::SummaryView</name>
    <message>
        <location filename="../gui/summary/summary_view.cpp" line="+54"/>
        <source>&amp;All processes</source>
        <translation>&amp;Todos os processos</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>all processes</source>
        <translation>todos os processos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts for %1 — %2 calls, %3 errors</source>
        <translation>Gráficos de %1 — %2 chamadas, %3 erros</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Top %1 syscalls by calls</source>
        <translation>As %1 chamadas de sistema mais frequentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Syscalls per second</source>
        <translation>Chamadas de sistema por segundo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
</context>
</TS>
