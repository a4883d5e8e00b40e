<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>Predeterminado del &amp;sistema</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ProcLens will follow the system language from its next start.</source>
        <translation>ProcLens usará el idioma del sistema a partir del próximo inicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProcLens will use %1 from its next start.</source>
        <translation>ProcLens usará %1 a partir del próximo inicio.</translation>
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
        <translation>en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sleeping</source>
        <translation>durmiendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk sleep</source>
        <translation>espera de disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zombie</source>
        <translation>zombi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traced</source>
        <translation>trazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exited</source>
        <translation>finalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../gui/activity/activity_export_source.cpp" line="+25"/>
        <source>Activity log (%1 events)</source>
        <translation>Registro de actividad (%1 eventos)</translation>
    </message>
    <message>
        <location filename="../gui/activity/highlight_rules.cpp" line="+58"/>
        <source>rule %1: %2</source>
        <translation>regla %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../gui/app/main.cpp" line="+71"/>
        <source>proclens: unknown language &apos;%1&apos; (known: %2)</source>
        <translation>proclens: idioma desconocido «%1» (conocidos: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Live process monitor built on eBPF.</source>
        <translation>Monitor de procesos en tiempo real basado en eBPF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always start a private helper (peer-to-peer) instead of using the system bus.</source>
        <translation>Iniciar siempre un asistente privado (punto a punto) en lugar de usar el bus del sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helper executable for peer mode.</source>
        <translation>Ejecutable del asistente para el modo punto a punto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write PNGs of each view into DIR once live, then quit.</source>
        <translation>Una vez en vivo, guardar un PNG de cada vista en DIR y salir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milliseconds to wait before the screenshots (default 3000).</source>
        <translation>Milisegundos de espera antes de las capturas (predeterminado 3000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the first process with this name.</source>
        <translation>Seleccionar el primer proceso con este nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours: dark, or the desktop&apos;s (default).</source>
        <translation>Colores: dark (oscuro) o los del escritorio (predeterminado).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User interface language (%1); default: the system&apos;s.</source>
        <translation>Idioma de la interfaz (%1); predeterminado: el del sistema.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>proclens: --palette takes &apos;dark&apos;</source>
        <translation>proclens: --palette admite «dark»</translation>
    </message>
</context>
<context>
    <name>proclens-cli</name>
    <message>
        <location filename="../cli/helper_connection.cpp" line="+130"/>
        <source>cannot reach the ProcLens helper over the %1: %2</source>
        <translation>no se puede contactar con el asistente de ProcLens por %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1; reading /proc directly (other users&apos; details may be missing)</source>
        <translation>%1; se lee /proc directamente (pueden faltar detalles de otros usuarios)</translation>
    </message>
    <message>
        <location filename="../cli/output_sink.cpp" line="+16"/>
        <source>standard output</source>
        <translation>salida estándar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open %1 for writing: %2</source>
        <translation>no se puede abrir %1 para escritura: %2</translation>
    </message>
    <message>
        <location filename="../cli/ps_command.cpp" line="+88"/>
        <source>cannot read the process list: %1</source>
        <translation>no se puede leer la lista de procesos: %1</translation>
    </message>
    <message>
        <location filename="../cli/status_command.cpp" line="+17"/>
        <source>proclens-cli %1 needs root to load its BPF programs (run it with sudo)</source>
        <translation>proclens-cli %1 necesita ser root para cargar sus programas BPF (ejecútelo con sudo)</translation>
    </message>
    <message>
        <location filename="../cli/summary_output.cpp" line="+20"/>
        <source>-- summary after %1 s (top %2 by count) --</source>
        <translation>-- resumen tras %1 s (los %2 más frecuentes) --</translation>
    </message>
    <message>
        <location filename="../cli/arguments.cpp" line="+89"/>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 takes no value</source>
        <translation>%1 no admite ningún valor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs %2 (a non-negative integer), got &apos;%3&apos;</source>
        <translation>%1 necesita %2 (un entero no negativo); se recibió «%3»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--syscall number %1 is out of range (0-%2)</source>
        <translation>el número de --syscall %1 está fuera de rango (0-%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--syscall: unknown x86_64 system call &apos;%1&apos;</source>
        <translation>--syscall: llamada al sistema x86_64 desconocida «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format must be text, csv or jsonl, got &apos;%1&apos;</source>
        <translation>--format debe ser text, csv o jsonl; se recibió «%1»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown option &apos;%1&apos; for record</source>
        <translation>opción desconocida «%1» para record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a user id</source>
        <translation>un id de usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a process id</source>
        <translation>un id de proceso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--comm needs a command name of 1 to %1 bytes, got &apos;%2&apos;</source>
        <translation>--comm necesita un nombre de orden de 1 a %1 bytes; se recibió «%2»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--filter given twice (join the expressions with &quot;and&quot;)</source>
        <translation>--filter se indicó dos veces (una las expresiones con &quot;and&quot;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--duration needs a positive number of seconds, got &apos;%1&apos;</source>
        <translation>--duration necesita un número positivo de segundos; se recibió «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--ring-size needs a size in MiB from 1 to %1, got &apos;%2&apos;</source>
        <translation>--ring-size necesita un tamaño en MiB de 1 a %1; se recibió «%2»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a file name</source>
        <translation>%1 necesita un nombre de archivo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown option &apos;%1&apos; for ps</source>
        <translation>opción desconocida «%1» para ps</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown option &apos;%1&apos; (options go after the command)</source>
        <translation>opción desconocida «%1» (las opciones van después de la orden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no command given</source>
        <translation>no se indicó ninguna orden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>status takes no option, got &apos;%1&apos;</source>
        <translation>status no admite opciones; se recibió «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--follow needs at least one --pid</source>
        <translation>--follow necesita al menos un --pid</translation>
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
        <translation>uso: proclens-cli [-v] [--direct] ORDEN [OPCIONES]

record, ps y status pasan por proclens-helper: por el bus del sistema cuando su
servicio está instalado; si no, por un asistente privado iniciado directamente
(root) o mediante pkexec (pkttyagent pide la contraseña en este terminal).
--direct (con cualquier orden) captura en este proceso, lo que requiere root.

Órdenes:
  record    capturar eventos de procesos y llamadas al sistema (requiere root)
  ps        mostrar los procesos con sus espacios de nombres y su contenedor
  status    mostrar el núcleo, el modo de captura y los programas que el motor
            engancha (requiere root)
  help      mostrar este texto

Opciones de record:
  --summary             tabla por proceso y llamada al sistema (predeterminado
                        sin --events); se muestra al final y, con --format text,
                        también cada segundo
  --events              cada llamada al sistema terminada como fila de evento
  --pid P               solo el proceso P (repetible)
  --exclude-pid P       nunca el proceso P (repetible)
  --follow              incluir también los hijos de los procesos de --pid
  --uid U               solo procesos del id de usuario U (repetible)
  --comm C              solo procesos llamados C (repetible)
  --syscall NOMBRE|NR   solo esta llamada al sistema (repetible)
  --filter EXPR         solo eventos que cumplen EXPR, p. ej.
                        &apos;path ~ &quot;/etc&quot; and result != 0&apos;
                        (campos: pid ppid tid comm exe user syscall result errno
                        retval path addr port container ns.* cgroup duration
                        event); la parte que el núcleo puede aplicar se envía
                        con el filtro de captura
  --format F            text (predeterminado), csv (RFC 4180, fila de cabecera)
                        o jsonl
  --duration S          detenerse tras S segundos (predeterminado: con Ctrl-C o
                        SIGTERM)
  --ring-size MiB       tamaño del búfer circular con --direct (predeterminado
                        64; el asistente elige el suyo)
  -o, --output ARCHIVO  escribir en ARCHIVO en lugar de la salida estándar

Opciones de ps:
  --tree                orden de árbol (text: nombres sangrados; csv/jsonl: una
                        columna depth)
  --format F            text (predeterminado), csv o jsonl
</translation>
    </message>
    <message>
        <location filename="../cli/record_command.cpp" line="+74"/>
        <source>recording (%1, %2 MiB ring buffer); Ctrl-C stops</source>
        <translation>grabando (%1, búfer circular de %2 MiB); Ctrl-C detiene</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../cli/record_via_helper.cpp" line="+192"/>
        <source>-- summary --</source>
        <translation>-- resumen --</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../cli/record_via_helper.cpp" line="+12"/>
        <source>output stopped: %1</source>
        <translation>salida detenida: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 records lost in the kernel (ring buffer full) and %2 in user space; a larger --ring-size or a narrower filter helps</source>
        <translation>%1 registros perdidos en el núcleo (búfer circular lleno) y %2 en el espacio de usuario; ayuda un --ring-size mayor o un filtro más estrecho</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../cli/record_via_helper.cpp" line="+12"/>
        <source>%1 malformed records skipped</source>
        <translation>se omitieron %1 registros mal formados</translation>
    </message>
    <message>
        <location filename="../cli/record_via_helper.cpp" line="-114"/>
        <source>%1 (--direct runs the capture in this process, as root)</source>
        <translation>%1 (--direct realiza la captura en este proceso, como root)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the helper refused to record: %1</source>
        <translation>el asistente se negó a grabar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recording through the helper (%1, %2); Ctrl-C stops</source>
        <translation>grabando a través del asistente (%1, %2); Ctrl-C detiene</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 records lost in the kernel (ring buffer full) and %2 batches dropped by the helper (this client read too slowly); a narrower filter helps</source>
        <translation>%1 registros perdidos en el núcleo (búfer circular lleno) y %2 lotes descartados por el asistente (este cliente leyó demasiado despacio); ayuda un filtro más estrecho</translation>
    </message>
</context>
<context>
    <name>proclens::gui</name>
    <message>
        <location filename="../gui/activity/event_details.cpp" line="+31"/>
        <location line="+59"/>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>Marca de tiempo (monótona, ns)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>Proceso</translation>
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
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log position</source>
        <translation>Posición en el registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syscall number</source>
        <translation>Número de llamada al sistema</translation>
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
        <translation>Argumento sin procesar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path %1</source>
        <translation>Ruta %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Socket address</source>
        <translation>Dirección del socket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parent PID</source>
        <translation>PID del padre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID in its namespace</source>
        <translation>PID en su espacio de nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UID / GID</source>
        <translation>UID / GID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time (monotonic ns)</source>
        <translation>Hora de inicio (monótona, ns)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cgroup id</source>
        <translation>ID de cgroup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executable</source>
        <translation>Ejecutable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous thread id</source>
        <translation>ID del hilo anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit code</source>
        <translation>Código de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit signal</source>
        <translation>Señal de salida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Namespace %1</source>
        <translation>Espacio de nombres %1</translation>
    </message>
    <message>
        <location filename="../gui/export/export_file.cpp" line="+48"/>
        <source>Export writes CSV or JSON Lines, not plain text.</source>
        <translation>La exportación escribe CSV o JSON Lines, no texto plano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file name given.</source>
        <translation>No se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export: the view shows no columns.</source>
        <translation>Nada que exportar: la vista no muestra columnas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not create %1: %2</source>
        <translation>No se pudo crear %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+31"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Export cancelled after %1 of %2 rows; %3 was not written.</source>
        <translation>Exportación cancelada tras %1 de %2 filas; no se escribió %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export of %1 stopped: row %2 has %3 cells for %4 columns.</source>
        <translation>Se detuvo la exportación de %1: la fila %2 tiene %3 celdas para %4 columnas.</translation>
    </message>
    <message>
        <location filename="../gui/export/export_action.cpp" line="+34"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This view has nothing to export.</source>
        <translation>Esta vista no tiene nada que exportar.</translation>
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
        <translation>Proceso</translation>
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
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ActivityView</name>
    <message>
        <location filename="../gui/activity/activity_view.cpp" line="+38"/>
        <source>&amp;View filter:</source>
        <translation>Filtro de &amp;vista:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrows what this view shows; everything captured is kept. The capture filter (what the helper records) is set separately.</source>
        <translation>Limita lo que muestra esta vista; todo lo capturado se conserva. El filtro de captura (lo que registra el asistente) se define por separado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. path ~ &quot;/etc&quot; and result != 0 — press Enter to apply</source>
        <translation>p. ej. path ~ &quot;/etc&quot; and result != 0 — pulse Intro para aplicar</translation>
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
        <translation>Pausar o reanudar la captura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove every event from the log</source>
        <translation>Quitar todos los eventos del registro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Follow</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the newest event in view (stops when you scroll up)</source>
        <translation>Mantener visible el evento más reciente (se detiene al desplazarse hacia arriba)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Jump to process</source>
        <translation>&amp;Ir al proceso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected event&apos;s process in the Processes tab</source>
        <translation>Mostrar el proceso del evento seleccionado en la pestaña Procesos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Highlight…</source>
        <translation>&amp;Resaltar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour rows matching filter expressions</source>
        <translation>Colorear las filas que coinciden con expresiones de filtro</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select an event to see every field.</source>
        <translation>Seleccione un evento para ver todos sus campos.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>View filter applied in %1 ms (%2 rows)</source>
        <translation>Filtro de vista aplicado en %1 ms (%2 filas)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>View filter error at position %1: %2</source>
        <translation>Error en el filtro de vista en la posición %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applying the view filter…</source>
        <translation>Aplicando el filtro de vista…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 events kept (at most %2)</source>
        <translation>%1 eventos conservados (como máximo %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 oldest events dropped to stay within the limit</source>
        <translation>; se descartaron los %1 eventos más antiguos para respetar el límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 shown by the view filter</source>
        <translation>; %1 mostrados por el filtro de vista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; capture paused</source>
        <translation>; captura en pausa</translation>
    </message>
</context>
<context>
    <name>proclens::gui::DetailsPane</name>
    <message>
        <location filename="../gui/app/details_pane.cpp" line="+38"/>
        <source>Select a process to see its details.</source>
        <translation>Seleccione un proceso para ver sus detalles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not shown)</source>
        <translation>%1 (no mostrado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ancestry</source>
        <translation>Ascendencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none: kernel thread)</source>
        <translation>(ninguno: hilo del núcleo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executable</source>
        <translation>Ejecutable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working directory</source>
        <translation>Directorio de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
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
        <translation>Contenedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID in its namespace</source>
        <translation>PID en su espacio de nombres</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>shared with %n process(es)</source>
        <translation>
            <numerusform>compartido con %n proceso</numerusform>
            <numerusform>compartido con %n procesos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespaces</source>
        <translation>Espacios de nombres</translation>
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
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>killed by signal %1</source>
        <translation>matado por la señal %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ExportJob</name>
    <message>
        <location filename="../gui/export/export_job.cpp" line="+34"/>
        <source>Nothing to export.</source>
        <translation>Nada que exportar.</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ExportProgress</name>
    <message>
        <location filename="../gui/export/export_progress.cpp" line="+33"/>
        <source>Exporting %1 to %2…</source>
        <translation>Exportando %1 a %2…</translation>
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
        <translation>Se exportaron %1 filas de %2 a %3 (%4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

No file was written.</source>
        <translation>%1

No se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>proclens::gui::FilterDialog</name>
    <message>
        <location filename="../gui/filter/filter_dialog.cpp" line="+29"/>
        <source>a number, e.g. 1234</source>
        <translation>un número, p. ej. 1234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text, e.g. /etc/passwd</source>
        <translation>texto, p. ej. /etc/passwd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user name or uid, e.g. root</source>
        <translation>un nombre de usuario o uid, p. ej. root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a syscall name or number, e.g. openat</source>
        <translation>un nombre o número de llamada al sistema, p. ej. openat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number or errno name, e.g. ENOENT</source>
        <translation>un número o nombre de errno, p. ej. ENOENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an errno name or number, e.g. EACCES</source>
        <translation>un nombre o número de errno, p. ej. EACCES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a duration, e.g. 10ms</source>
        <translation>una duración, p. ej. 10ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syscall, fork, exec or exit</source>
        <translation>syscall, fork, exec o exit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Capture filter</source>
        <translation>Filtro de captura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View filter</source>
        <translation>Filtro de vista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Capture filter&lt;/b&gt; — decides what the helper records. The part the kernel can test is applied there (less overhead); the rest is applied in the view.</source>
        <translation>&lt;b&gt;Filtro de captura&lt;/b&gt;: decide lo que registra el asistente. La parte que el núcleo puede comprobar se aplica allí (menos sobrecarga); el resto se aplica en la vista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;View filter&lt;/b&gt; — hides events already captured, instantly. Nothing is sent to the helper; clear it to see everything again.</source>
        <translation>&lt;b&gt;Filtro de vista&lt;/b&gt;: oculta al instante eventos ya capturados. No se envía nada al asistente; vacíelo para volver a verlo todo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Load</source>
        <translation>&amp;Cargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Añadir regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove rule</source>
        <translation>&amp;Quitar regla</translation>
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
        <translation>Aplicar a la captura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply to view</source>
        <translation>Aplicar a la vista</translation>
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
        <translation>Editar como &amp;reglas</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rule %1: %2</source>
        <translation>Regla %1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;In the kernel:&lt;/b&gt; nothing (everything is captured)</source>
        <translation>&lt;b&gt;En el núcleo:&lt;/b&gt; nada (se captura todo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;In the kernel:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;En el núcleo:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (no part of this filter can run there)</source>
        <translation>nada (ninguna parte de este filtro puede ejecutarse allí)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;In the view:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;En la vista:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (the kernel applies all of it)</source>
        <translation>nada (el núcleo lo aplica todo)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the filter text first; it cannot be shown as rules while it has an error.</source>
        <translation>Corrija primero el texto del filtro; no puede mostrarse como reglas mientras tenga un error.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This filter is not a list of include/exclude rules (for example it uses &quot;or&quot; across columns), so it can only be edited as text.</source>
        <translation>Este filtro no es una lista de reglas de inclusión/exclusión (por ejemplo, usa &quot;or&quot; entre columnas), así que solo puede editarse como texto.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This filter is not a list of include/exclude rules (for example it uses &quot;or&quot; across columns), so it is shown as text.</source>
        <translation>Este filtro no es una lista de reglas de inclusión/exclusión (por ejemplo, usa &quot;or&quot; entre columnas), así que se muestra como texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This filter has an error; correct it as text.</source>
        <translation>Este filtro tiene un error; corríjalo como texto.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The filter has an error: %1</source>
        <translation>El filtro tiene un error: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Save preset</source>
        <translation>Guardar preajuste</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Preset name:</source>
        <translation>Nombre del preajuste:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the preset &quot;%1&quot;?</source>
        <translation>¿Reemplazar el preajuste «%1»?</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>Rename preset</source>
        <translation>Renombrar preajuste</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nuevo nombre para «%1»:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete preset</source>
        <translation>Eliminar preajuste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>¿Eliminar el preajuste «%1»?</translation>
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
        <translation>Filtro de &amp;captura… (lo que registra el asistente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear capture filter</source>
        <translation>&amp;Quitar filtro de captura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View filter… (what the activity log shows)</source>
        <translation>Filtro de &amp;vista… (lo que muestra el registro de actividad)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cl&amp;ear view filter</source>
        <translation>Quitar filtro de v&amp;ista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;preset as view filter</source>
        <translation>Aplicar &amp;preajuste como filtro de vista</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The helper refused the capture filter: %1</source>
        <translation>El asistente rechazó el filtro de captura: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Capture filter cleared</source>
        <translation>Filtro de captura quitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture filter: kernel: %1; view: %2</source>
        <translation>Filtro de captura: núcleo: %1; vista: %2</translation>
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
        <translation>Filtro de vista quitado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View filter: %1</source>
        <translation>Filtro de vista: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Capture filter</source>
        <translation>Filtro de captura</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no presets: save one in a filter dialog)</source>
        <translation>(no hay preajustes: guarde uno en un diálogo de filtro)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View filter</source>
        <translation>Filtro de vista</translation>
    </message>
</context>
<context>
    <name>proclens::gui::FilterPresets</name>
    <message>
        <location filename="../gui/filter/filter_presets.cpp" line="+61"/>
        <location line="+35"/>
        <source>A preset needs a name.</source>
        <translation>Un preajuste necesita un nombre.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>An empty filter cannot be saved as a preset.</source>
        <translation>Un filtro vacío no puede guardarse como preajuste.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>No existe el preajuste «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A preset &quot;%1&quot; already exists.</source>
        <translation>Ya existe un preajuste «%1».</translation>
    </message>
</context>
<context>
    <name>proclens::gui::HighlightRulesDialog</name>
    <message>
        <location filename="../gui/activity/highlight_rules.cpp" line="+10"/>
        <source>Highlight rules</source>
        <translation>Reglas de resaltado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows matching a rule get its colour; the first matching rule wins. Rules use the filter language, e.g. &lt;tt&gt;result != 0&lt;/tt&gt; or &lt;tt&gt;comm = &quot;bash&quot;&lt;/tt&gt;.</source>
        <translation>Las filas que coinciden con una regla toman su color; gana la primera regla que coincida. Las reglas usan el lenguaje de filtros, p. ej. &lt;tt&gt;result != 0&lt;/tt&gt; o &lt;tt&gt;comm = &quot;bash&quot;&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter expression</source>
        <translation>Expresión de filtro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Row colour</source>
        <translation>Color de la fila</translation>
    </message>
</context>
<context>
    <name>proclens::gui::LiveSession</name>
    <message>
        <location filename="../gui/app/live_session.cpp" line="+61"/>
        <source>Connecting to the ProcLens helper. You may be asked to authenticate.</source>
        <translation>Conectando con el asistente de ProcLens. Es posible que se le pida autenticarse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the process list…</source>
        <translation>Leyendo la lista de procesos…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Live</source>
        <translation>En vivo</translation>
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
        <translation>&amp;Procesos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Activity</source>
        <translation>&amp;Actividad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not pause</source>
        <translation>No se pudo pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not resume</source>
        <translation>No se pudo reanudar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Process %1 is no longer in the process list</source>
        <translation>El proceso %1 ya no está en la lista de procesos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Namespaces</source>
        <translation>Espacios de &amp;nombres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Resumen</translation>
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
        <translation>Conectando con el asistente de ProcLens. Es posible que el sistema le pida autenticarse.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Permission refused</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The helper refused access: %1</source>
        <translation>El asistente denegó el acceso: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring processes needs the org.proclens.monitor permission. Authenticate as an administrator when asked, ask your administrator to grant it, or run ProcLens as root. Then retry.</source>
        <translation>Supervisar procesos requiere el permiso org.proclens.monitor. Autentíquese como administrador cuando se le pida, solicite a su administrador que se lo conceda o ejecute ProcLens como root. Después, vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No helper</source>
        <translation>Sin asistente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProcLens could not start its helper: %1</source>
        <translation>ProcLens no pudo iniciar su asistente: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install ProcLens (its helper proclens-helper and its D-Bus and polkit files), make sure pkexec is available, or run ProcLens as root. Then retry.</source>
        <translation>Instale ProcLens (su asistente proclens-helper y sus archivos de D-Bus y polkit), asegúrese de que pkexec esté disponible o ejecute ProcLens como root. Después, vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Capturing (private helper)</source>
        <translation>Capturando (asistente privado)</translation>
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
        <translation>Sin capturar</translation>
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
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kernel: %1</source>
        <translation>Núcleo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events/s</source>
        <translation>%1 eventos/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drops: %1</source>
        <translation>Pérdidas: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
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
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Process</source>
        <translation>&amp;Proceso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Terminate</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>terminate</source>
        <translation>terminar</translation>
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
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stop</source>
        <translation>detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>continue</source>
        <translation>reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;priority…</source>
        <translation>Cambiar &amp;prioridad…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy row</source>
        <translation>&amp;Copiar fila</translation>
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
        <translation>&amp;Filtrar por este proceso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter to its &amp;namespace (pid)</source>
        <translation>Filtrar por su espacio de &amp;nombres (pid)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter to its c&amp;ontainer</source>
        <translation>Filtrar por su c&amp;ontenedor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filter</source>
        <translation>&amp;Quitar filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited rows &amp;linger…</source>
        <translation>&amp;Permanencia de filas finalizadas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sample interval…</source>
        <translation>&amp;Intervalo de muestreo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity log si&amp;ze…</source>
        <translation>&amp;Tamaño del registro de actividad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activity log (every system call)</source>
        <translation>Registro de &amp;actividad (cada llamada al sistema)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not switch the activity log</source>
        <translation>No se pudo cambiar el registro de actividad</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kill process</source>
        <translation>Matar proceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill %1 (PID %2)? It cannot clean up.</source>
        <translation>¿Matar %1 (PID %2)? No podrá hacer limpieza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not %1 the process</source>
        <translation>No se pudo %1 el proceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent %1 to %2 (PID %3)</source>
        <translation>Se envió «%1» a %2 (PID %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change priority</source>
        <translation>Cambiar prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nice value for %1 (PID %2), -20 (highest) to 19 (lowest):</source>
        <translation>Valor nice para %1 (PID %2), de -20 (máxima) a 19 (mínima):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not change the priority</source>
        <translation>No se pudo cambiar la prioridad</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>process %1 and its children</source>
        <translation>proceso %1 y sus hijos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 namespace %2</source>
        <translation>espacio de nombres %1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>container %1</source>
        <translation>contenedor %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cgroup %1</source>
        <translation>cgroup %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exited processes</source>
        <translation>Procesos finalizados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep exited processes for (seconds):</source>
        <translation>Mantener los procesos finalizados durante (segundos):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read CPU and memory every (seconds):</source>
        <translation>Leer CPU y memoria cada (segundos):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep at most this many events (the oldest go first):</source>
        <translation>Conservar como máximo esta cantidad de eventos (los más antiguos se descartan primero):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Namespaces</source>
        <translation>Espacios de nombres</translation>
    </message>
</context>
<context>
    <name>proclens::gui::NamespaceModel</name>
    <message>
        <location filename="../gui/model/namespace_model.cpp" line="+198"/>
        <source>Namespace / process</source>
        <translation>Espacio de nombres / proceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes / PID</source>
        <translation>Procesos / PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 namespaces</source>
        <translation>Espacios de nombres %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1:[%2] (host)</source>
        <translation>%1:[%2] (anfitrión)</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ProcessExport</name>
    <message>
        <location filename="../gui/export/process_export_source.cpp" line="+26"/>
        <source>Memory (RSS, bytes)</source>
        <translation>Memoria (RSS, bytes)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Processes (list)</source>
        <translation>Procesos (lista)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes (tree)</source>
        <translation>Procesos (árbol)</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ProcessTreeModel</name>
    <message>
        <location filename="../gui/model/process_tree_model.cpp" line="+19"/>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %</source>
        <translation>% CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (RSS)</source>
        <translation>Memoria (RSS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>Hilos</translation>
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
        <translation>Línea de órdenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container / cgroup</source>
        <translation>Contenedor / cgroup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pid ns</source>
        <translation>ns pid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mnt ns</source>
        <translation>ns montaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net ns</source>
        <translation>ns red</translation>
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
        <translation>ns usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cgroup ns</source>
        <translation>ns cgroup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time ns</source>
        <translation>ns tiempo</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>killed (signal %1)</source>
        <translation>matado (señal %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exited (%1)</source>
        <translation>finalizado (%1)</translation>
    </message>
</context>
<context>
    <name>proclens::gui::ProcessView</name>
    <message>
        <location filename="../gui/app/process_view.cpp" line="+42"/>
        <source>Flat list</source>
        <translation>Lista plana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show processes as a flat list instead of a tree (Ctrl+L)</source>
        <translation>Mostrar los procesos como lista plana en lugar de árbol (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand all</source>
        <translation>Expandir todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse all</source>
        <translation>Contraer todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns…</source>
        <translation>Columnas…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear filter</source>
        <translation>Quitar filtro</translation>
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
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preparing ProcLens…</source>
        <translation>Preparando ProcLens…</translation>
    </message>
</context>
<context>
    <name>proclens::gui::SummaryModel</name>
    <message>
        <location filename="../gui/summary/summary_model.cpp" line="+107"/>
        <source>Process / syscall</source>
        <translation>Proceso / llamada al sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total latency</source>
        <translation>Latencia total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg latency</source>
        <translation>Latencia media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max latency</source>
        <translation>Latencia máxima</translation>
    </message>
</context>
<context>
    <name>proclens::gui::SummaryView</name>
    <message>
        <location filename="../gui/summary/summary_view.cpp" line="+54"/>
        <source>&amp;All processes</source>
        <translation>&amp;Todos los procesos</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>all processes</source>
        <translation>todos los procesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts for %1 — %2 calls, %3 errors</source>
        <translation>Gráficos de %1: %2 llamadas, %3 errores</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Top %1 syscalls by calls</source>
        <translation>Las %1 llamadas al sistema más frecuentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Syscalls per second</source>
        <translation>Llamadas al sistema por segundo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
</TS>
