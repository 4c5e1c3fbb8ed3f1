<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin.py" line="54"/>
        <source>Classify raster…</source>
        <translation>Clasificar ráster…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="54"/>
        <source>Tag every tile of a Planet scene and flag deforestation</source>
        <translation>Etiquetar cada tesela de una escena Planet y señalar la deforestación</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="56"/>
        <source>Show flagged tiles only</source>
        <translation>Mostrar solo teselas señaladas</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="56"/>
        <source>Show only tiles flagged for mining, logging or slash-and-burn</source>
        <translation>Mostrar solo teselas señaladas por minería, tala o roza y quema</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="60"/>
        <source>Filter tiles by tag…</source>
        <translation>Filtrar teselas por etiqueta…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="60"/>
        <source>Show tiles with a tag (minimum probability)</source>
        <translation>Mostrar teselas con una etiqueta (probabilidad mínima)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="63"/>
        <source>Clear tile filter</source>
        <translation>Quitar filtro de teselas</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="63"/>
        <source>Show all tiles again</source>
        <translation>Mostrar de nuevo todas las teselas</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="66"/>
        <source>Teach a concept…</source>
        <translation>Enseñar un concepto…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="66"/>
        <source>Mark a few tiles; the plugin finds the rest and remembers the concept</source>
        <translation>Marque unas teselas; el complemento encuentra el resto y recuerda el concepto</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="72"/>
        <source>Check for onnxruntime and rasterio and install them if missing</source>
        <translation>Comprobar onnxruntime y rasterio e instalarlos si faltan</translation>
    </message>
    <message>
        <location filename="__init__.py" line="117"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="__init__.py" line="118"/>
        <source>Open the plugin&apos;s manual</source>
        <translation>Abrir el manual del complemento</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="169"/>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="198"/>
        <source>missing Python package(s) in QGIS&apos;s Python: {names}</source>
        <translation>faltan paquetes de Python en el Python de QGIS: {names}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="198"/>
        <source>Install…</source>
        <translation>Instalar…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="228"/>
        <source>{message}.

Command:
{command}

Install now?</source>
        <translation>{message}.

Comando:
{command}

¿Instalar ahora?</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="238"/>
        <source>nothing to install: {message}</source>
        <translation>nada que instalar: {message}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="247"/>
        <source>installing {names} with pip (see the &apos;Planet classifier&apos; log tab)</source>
        <translation>instalando {names} con pip (vea la pestaña de registro 'Planet classifier')</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="247"/>
        <source>Folder: {folder}
Command: {command}</source>
        <translation>Carpeta: {folder}
Comando: {command}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="259"/>
        <source>; still missing: {names} (restart QGIS)</source>
        <translation>; aún faltan: {names} (reinicie QGIS)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="351"/>
        <source>classification cancelled; no output was written</source>
        <translation>clasificación cancelada; no se escribió ninguna salida</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="353"/>
        <source>classification failed</source>
        <translation>la clasificación falló</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="374"/>
        <source>classification finished but {path} could not be opened as a layer</source>
        <translation>la clasificación terminó, pero {path} no se pudo abrir como capa</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="386"/>
        <source>Output: {path}</source>
        <translation>Salida: {path}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="386"/>
        <source>Band mapping: {bands}</source>
        <translation>Asignación de bandas: {bands}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="417"/>
        <source>select a tile layer made by &apos;Classify raster&apos; in the Layers panel first</source>
        <translation>seleccione antes en el panel Capas una capa de teselas hecha por 'Clasificar ráster'</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="469"/>
        <source>no tile is flagged in {name}: all its tiles stay shown</source>
        <translation>ninguna tesela está señalada en {name}: todas siguen visibles</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="473"/>
        <source>could not filter {name}</source>
        <translation>no se pudo filtrar {name}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="87"/>
        <source>Whole raster</source>
        <translation>Ráster completo</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="87"/>
        <source>Current map extent</source>
        <translation>Extensión actual del mapa</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="290"/>
        <source>Polygon layer</source>
        <translation>Capa de polígonos</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="114"/>
        <source>the output folder {folder} does not exist; choose another output GeoPackage</source>
        <translation>la carpeta de salida {folder} no existe; elija otro GeoPackage de salida</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="117"/>
        <source>cannot write into {folder} (read-only or shared); choose another output GeoPackage</source>
        <translation>no se puede escribir en {folder} (solo lectura o compartida); elija otro GeoPackage de salida</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="200"/>
        <source>Planet classifier — Classify raster</source>
        <translation>Planet classifier — Clasificar ráster</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="234"/>
        <source>Raster layer</source>
        <translation>Capa ráster</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="238"/>
        <source>bundled model</source>
        <translation>modelo incluido</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="240"/>
        <source>Model bundle</source>
        <translation>Paquete del modelo</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="244"/>
        <source>Model card…</source>
        <translation>Ficha del modelo…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="245"/>
        <source>What the model was trained on, how it was measured, and what its flags can be trusted for</source>
        <translation>Con qué se entrenó el modelo, cómo se midió y para qué se puede confiar en sus alertas</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="251"/>
        <source>Inference</source>
        <translation>Inferencia</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="256"/>
        <source>auto (CUDA if present)</source>
        <translation>auto (CUDA si la hay)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="67"/>
        <source>Backend</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="67"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="264"/>
        <source>Found</source>
        <translation>Encontrados</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="67"/>
        <source>Batch size</source>
        <translation>Tamaño del lote</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="270"/>
        <source>e.g. red=3,green=2,blue=1</source>
        <translation>p. ej. red=3,green=2,blue=1</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="271"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="272"/>
        <source>Fill in the mapping found from the raster and the bundle</source>
        <translation>Rellenar con la asignación hallada a partir del ráster y del paquete</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="276"/>
        <source>Band mapping</source>
        <translation>Asignación de bandas</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="281"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="288"/>
        <source>Selected features only</source>
        <translation>Solo entidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="289"/>
        <source>Limit to</source>
        <translation>Limitar a</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="349"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="304"/>
        <source>Output GeoPackage</source>
        <translation>GeoPackage de salida</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="316"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependencias…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="317"/>
        <source>pip install onnxruntime (and rasterio) into a private folder of your QGIS profile, with the Python QGIS runs</source>
        <translation>pip install onnxruntime (y rasterio) en una carpeta propia de su perfil de QGIS, con el Python que usa QGIS</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="324"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="325"/>
        <source>Cancel run</source>
        <translation>Cancelar ejecución</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="385"/>
        <source>cannot check backends: {error}</source>
        <translation>no se pudieron comprobar los motores: {error}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="388"/>
        <source>no inference backend: Run needs onnxruntime in QGIS's Python (Install dependencies… below)</source>
        <translation>ningún motor de inferencia: Ejecutar necesita onnxruntime en el Python de QGIS (Instalar dependencias… abajo)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="392"/>
        <source> — an NVIDIA GPU is present but no CUDA-enabled backend (install onnxruntime-gpu)</source>
        <translation> — hay una GPU NVIDIA pero ningún motor con CUDA (instale onnxruntime-gpu)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="401"/>
        <source>No inference backend: install onnxruntime first (Install dependencies…)</source>
        <translation>Ningún motor de inferencia: instale antes onnxruntime (Instalar dependencias…)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="407"/>
        <source>installing dependencies… (see the task manager; Run is enabled when done)</source>
        <translation>instalando dependencias… (vea el administrador de tareas; Ejecutar se habilita al terminar)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="431"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="436"/>
        <source>none (teach one: Teach a concept…)</source>
        <translation>ninguno (enseñe uno: Enseñar un concepto…)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="439"/>
        <source>bands {bands}</source>
        <translation>bandas {bands}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="439"/>
        <source>Sample F2: {f2}</source>
        <translation>F2 por muestra: {f2}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="439"/>
        <source>{n} labels (hover for the list); taught concepts: {concepts}</source>
        <translation>{n} etiquetas (pase el ratón para ver la lista); conceptos enseñados: {concepts}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="466"/>
        <source>Model card: {name}</source>
        <translation>Ficha del modelo: {name}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="513"/>
        <source>from {how}; edit if wrong</source>
        <translation>de {how}; edítela si es incorrecta</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="530"/>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="539"/>
        <source>choose a model bundle</source>
        <translation>elija un paquete de modelo</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="542"/>
        <source>choose an output GeoPackage</source>
        <translation>elija un GeoPackage de salida</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="564"/>
        <source>choose a polygon layer to limit the area</source>
        <translation>elija una capa de polígonos para limitar el área</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="591"/>
        <source>Cannot run</source>
        <translation>No se puede ejecutar</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="602"/>
        <source>classifying {name}…</source>
        <translation>clasificando {name}…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="616"/>
        <source>cancelling…</source>
        <translation>cancelando…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="637"/>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="665"/>
        <source>Filter tiles by tag</source>
        <translation>Filtrar teselas por etiqueta</translation>
    </message>
    <message>
        <location filename="../style.py" line="297"/>
        <source>Concept: {name}</source>
        <translation>Concepto: {name}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="679"/>
        <source>predicted (model threshold)</source>
        <translation>prevista (umbral del modelo)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="687"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="689"/>
        <source>Minimum probability</source>
        <translation>Probabilidad mínima</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="759"/>
        <source>{name} has no CRS.</source>
        <translation>{name} no tiene SRC.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="789"/>
        <source>The last run says:</source>
        <translation>La última ejecución dice:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="795"/>
        <source>Unfamiliar scene:</source>
        <translation>Escena desconocida:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="808"/>
        <source>Training examples behind the flags: {listed}.</source>
        <translation>Ejemplos de entrenamiento detrás de las alertas: {listed}.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="808"/>
        <source>Tags the model saw fewer than {few} times raise no flag by themselves (their probabilities are still written). Treat flags as hints; a missing flag means nothing. To find mines, logging or burns in your scene, mark a few tiles with &lt;i&gt;Teach a concept…&lt;/i&gt; (see the model card).</source>
        <translation>Las etiquetas que el modelo vio menos de {few} veces no generan alertas por sí solas (sus probabilidades se siguen escribiendo). Tome las alertas como pistas; que falte una alerta no significa nada. Para encontrar minas, tala o quemas en su escena, marque unas teselas con &lt;i&gt;Enseñar un concepto…&lt;/i&gt; (vea la ficha del modelo).</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="35"/>
        <source>Planet classifier — Teach a concept</source>
        <translation>Planet classifier — Enseñar un concepto</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="91"/>
        <source>e.g. river_mine</source>
        <translation>p. ej. mina_rio</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="92"/>
        <source>Becomes the fields p_&lt;name&gt; and flag_&lt;name&gt;: a-z, 0-9 and _</source>
        <translation>Se convierte en los campos p_&lt;nombre&gt; y flag_&lt;nombre&gt;: a-z, 0-9 y _</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="99"/>
        <source>Mining / Logging / Slash-and-burn: flag_&lt;name&gt; also raises that group&apos;s flag and flagged. Other concept: only flag_&lt;name&gt;</source>
        <translation>Minería / Tala / Roza y quema: flag_&lt;nombre&gt; también activa la alerta de ese grupo y flagged. Otro concepto: solo flag_&lt;nombre&gt;</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="102"/>
        <source>Concept</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="68"/>
        <source>Flag group</source>
        <translation>Grupo de alerta</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="106"/>
        <source>Marks (select tiles on the map first)</source>
        <translation>Marcas (seleccione antes las teselas en el mapa)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="110"/>
        <source>Unmark</source>
        <translation>Desmarcar</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="120"/>
        <source>Flag at p ≥</source>
        <translation>Señalar con p ≥</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="123"/>
        <source>Tiles at or above this probability get flag_&lt;name&gt;; the map follows at once</source>
        <translation>Las teselas con esta probabilidad o más reciben flag_&lt;nombre&gt;; el mapa se actualiza al instante</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="128"/>
        <source>Fitted</source>
        <translation>Ajustado</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="129"/>
        <source>Go back to the threshold the marks and answers give</source>
        <translation>Volver al umbral que dan las marcas y respuestas</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="142"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="123"/>
        <source>Start review</source>
        <translation>Iniciar revisión</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="165"/>
        <source>Yes (Y)</source>
        <translation>Sí (Y)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="166"/>
        <source>No (N)</source>
        <translation>No (N)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="167"/>
        <source>Skip (S)</source>
        <translation>Saltar (S)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="211"/>
        <source>Marks and answers (newest first)</source>
        <translation>Marcas y respuestas (las más recientes primero)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="216"/>
        <source>Undo selected</source>
        <translation>Deshacer seleccionada</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="217"/>
        <source>Forget the chosen mark or answer (the newest when none is chosen) and refit</source>
        <translation>Olvidar la marca o respuesta elegida (la más reciente si no se elige ninguna) y reajustar</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="225"/>
        <source>Save concept…</source>
        <translation>Guardar concepto…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="226"/>
        <source>Write a copy of the model bundle that carries this concept, in a folder you choose; classify later scenes with it to get p_&lt;name&gt; / flag_&lt;name&gt;</source>
        <translation>Escribir una copia del paquete del modelo con este concepto, en una carpeta que usted elija; clasifique escenas futuras con ella para obtener p_&lt;nombre&gt; / flag_&lt;nombre&gt;</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="235"/>
        <source>Load concept…</source>
        <translation>Cargar concepto…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="236"/>
        <source>Apply a saved concept file to this tile layer (the concepts folder of your QGIS profile is offered first)</source>
        <translation>Aplicar un archivo de concepto guardado a esta capa de teselas (primero se ofrece la carpeta de conceptos de su perfil de QGIS)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="244"/>
        <source>Concepts in the model bundle</source>
        <translation>Conceptos en el paquete del modelo</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="40"/>
        <source>Save the bundle with this concept into (an empty folder)</source>
        <translation>Guardar el paquete con este concepto en (una carpeta vacía)</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="53"/>
        <source>Load a concept</source>
        <translation>Cargar un concepto</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="53"/>
        <source>Concept files (*.json *.concept.json);;All files (*)</source>
        <translation>Archivos de concepto (*.json *.concept.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="92"/>
        <source>Select a tile layer made by &lt;b&gt;Classify raster&lt;/b&gt; in the Layers panel.</source>
        <translation>Seleccione en el panel Capas una capa de teselas hecha por &lt;b&gt;Clasificar ráster&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="94"/>
        <source>Tile layer: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Capa de teselas: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="117"/>
        <source>select a tile layer made by &apos;Classify raster&apos; first</source>
        <translation>seleccione antes una capa de teselas hecha por 'Clasificar ráster'</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="151"/>
        <source>Mark selected as {name}</source>
        <translation>Marcar selección como {name}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="152"/>
        <source>Not {name}</source>
        <translation>No es {name}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="177"/>
        <source>No marks yet. Select tiles that show the concept, then mark them.</source>
        <translation>Aún no hay marcas. Seleccione teselas que muestran el concepto y márquelas.</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="183"/>
        <source>found {found} of about {about}, reviewed {reviewed}</source>
        <translation>encontradas {found} de unas {about}, revisadas {reviewed}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="185"/>
        <source>{yes} marked as &lt;b&gt;{name}&lt;/b&gt;, {no} marked not {name}</source>
        <translation>marcadas como &lt;b&gt;{name}&lt;/b&gt;: {yes}; como no {name}: {no}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="190"/>
        <source> (yours; fitted {t:.2f})</source>
        <translation> (umbral elegido por usted; el ajustado es {t:.2f})</translation>
    </message>
    <message>
        <location filename="../teach_dock/threshold.py" line="26"/>
        <source>expected precision: not known yet (no answer at or above the threshold){mine}</source>
        <translation>precisión esperada: aún desconocida (ninguna respuesta en el umbral o por encima){mine}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="192"/>
        <source>{flagged} of {tiles} tiles flagged (p_{name} ≥ {t:.2f}, {method}); updated in {s:.2f} s</source>
        <translation>{flagged} de {tiles} teselas señaladas (p_{name} ≥ {t:.2f}, {method}); actualizado en {s:.2f} s</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="200"/>
        <source>A few marks give a rough concept: review and mark more before trusting flag_{name}.</source>
        <translation>Pocas marcas dan un concepto aproximado: revise y marque más antes de confiar en flag_{name}.</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="70"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="70"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="70"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="75"/>
        <source>tile {row}, {col}: {answer}</source>
        <translation>tesela {row}, {col}: {answer}</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="73"/>
        <source>cannot read the bundle: {error}</source>
        <translation>no se pudo leer el paquete: {error}</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="78"/>
        <source>{name} ({group}, threshold {t:.2f})</source>
        <translation>{name} ({group}, umbral {t:.2f})</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="81"/>
        <source>{name}: none yet</source>
        <translation>{name}: ninguno aún</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="196"/>
        <source>Teach</source>
        <translation>Enseñar</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="123"/>
        <source>Stop review</source>
        <translation>Detener revisión</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="165"/>
        <source>tile {row}, {col}: p_{name} = {p:.2f}</source>
        <translation>tesela {row}, {col}: p_{name} = {p:.2f}</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="177"/>
        <source>Nothing left to review: mark more tiles or save the concept.</source>
        <translation>No queda nada por revisar: marque más teselas o guarde el concepto.</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="271"/>
        <source>Is tile {row}, {col} (p_{name} = {p:.2f}) a &lt;b&gt;{name}&lt;/b&gt;? Y yes, N no, S skip</source>
        <translation>¿La tesela {row}, {col} (p_{name} = {p:.2f}) es &lt;b&gt;{name}&lt;/b&gt;? Y sí, N no, S saltar</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="103"/>
        <source>saved {name} into {path}; Classify raster now uses this bundle, so later runs flag the concept (change it under Model bundle)</source>
        <translation>{name} guardado en {path}; Clasificar ráster usa ahora este paquete, así que las próximas ejecuciones señalan el concepto (cámbielo en Paquete del modelo)</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="212"/>
        <source>name the concept first</source>
        <translation>ponga antes un nombre al concepto</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="216"/>
        <source>tile {fid} is not in {layer}</source>
        <translation>la tesela {fid} no está en {layer}</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="234"/>
        <source>select some tiles first (any QGIS selection tool)</source>
        <translation>seleccione antes algunas teselas (cualquier herramienta de selección de QGIS)</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="342"/>
        <source>the threshold must lie in 0..1</source>
        <translation>el umbral debe estar entre 0 y 1</translation>
    </message>
    <message>
        <location filename="../style.py" line="298"/>
        <source>Concept: {name} ({group})</source>
        <translation>Concepto: {name} ({group})</translation>
    </message>
    <message>
        <location filename="../style.py" line="387"/>
        <source>cross-validated precision</source>
        <translation>precisión en validación cruzada</translation>
    </message>
    <message>
        <location filename="../style.py" line="387"/>
        <source>cross-validated F2</source>
        <translation>F2 en validación cruzada</translation>
    </message>
    <message>
        <location filename="../style.py" line="388"/>
        <source>never in the training chips</source>
        <translation>nunca en los recortes de entrenamiento</translation>
    </message>
    <message>
        <location filename="../style.py" line="388"/>
        <source>not measured for this model</source>
        <translation>no medida para este modelo</translation>
    </message>
    <message>
        <location filename="../style.py" line="389"/>
        <source>{what} {value:.2f} ({n} training examples)</source>
        <translation>{what} {value:.2f} ({n} ejemplos de entrenamiento)</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>Mining</source>
        <translation>Minería</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>Logging</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>Slash-and-burn</source>
        <translation>Roza y quema</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>Other concept</source>
        <translation>Otro concepto</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>Other tiles</source>
        <translation>Otras teselas</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>Check / install dependencies…</source>
        <translation>Comprobar / instalar dependencias…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="229"/>
        <source>Save concept file…</source>
        <translation>Guardar como archivo…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="230"/>
        <source>Write the concept as a small file (weights, threshold, where it was taught, its marked tiles) into the concepts folder of your QGIS profile: Load concept… and classify --concept apply it</source>
        <translation>Escribir el concepto como un archivo pequeño (pesos, umbral, dónde se enseñó, sus teselas marcadas) en la carpeta de conceptos de su perfil de QGIS: Cargar concepto… y classify --concept lo aplican</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="46"/>
        <source>Save the concept as</source>
        <translation>Guardar el concepto como</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="46"/>
        <source>Concept files (*.concept.json)</source>
        <translation>Archivos de concepto (*.concept.json)</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="125"/>
        <source>saved {name} as {path}</source>
        <translation>{name} guardado como {path}</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="22"/>
        <source>{name} would flag {n} of {tiles} tiles here, far more than where it was taught: its flags stay off until you review and mark tiles on this layer</source>
        <translation>{name} señalaría {n} de {tiles} teselas aquí, muchas más que donde se enseñó: sus alertas quedan apagadas hasta que revise y marque teselas en esta capa</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="313"/>
        <source>nothing taught yet: mark a tile first</source>
        <translation>aún no se enseñó nada: marque antes una tesela</translation>
    </message>
    <message>
        <location filename="../style.py" line="180"/>
        <source>Only {percent} % of this tile has data (a scene&apos;s edge or nodata): its tags and flags rest on that part.</source>
        <translation>Solo el {percent} % de esta tesela tiene datos (borde de la escena o nodata): sus etiquetas y alertas se basan en esa parte.</translation>
    </message>
    <message>
        <location filename="../style.py" line="418"/>
        <source>({percent} % data)</source>
        <translation>({percent} % con datos)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="245"/>
        <source>mining</source>
        <translation>minería</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="245"/>
        <source>logging</source>
        <translation>tala</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="245"/>
        <source>slash-and-burn</source>
        <translation>roza y quema</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="245"/>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="258"/>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="258"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="258"/>
        <source>highest</source>
        <translation>máxima</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="262"/>
        <source>rise</source>
        <translation>aumento</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="262"/>
        <source>neighbours</source>
        <translation>vecinas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="262"/>
        <source>embedding</source>
        <translation>embedding</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="233"/>
        <source>Planet classifier — Alerts</source>
        <translation>Planet classifier — Avisos de cambio</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="79"/>
        <source>Open a change layer (Processing: Change between two classifications, or `change`).</source>
        <translation>Abra una capa de cambios (Procesos: Cambio entre dos clasificaciones, o `change`).</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="257"/>
        <source>Open change layer…</source>
        <translation>Abrir capa de cambios…</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="750"/>
        <source>Export confirmed…</source>
        <translation>Exportar confirmados…</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="260"/>
        <source>GeoJSON, KML, CSV (lon/lat WGS 84), before/after thumbnails and one HTML page, in a new folder</source>
        <translation>GeoJSON, KML, CSV (lon/lat WGS 84), miniaturas de antes y después y una página HTML, en una carpeta nueva</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="412"/>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="412"/>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="318"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="319"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="322"/>
        <source>Confirm (Y)</source>
        <translation>Confirmar (Y)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="323"/>
        <source>Reject (N)</source>
        <translation>Rechazar (N)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="349"/>
        <source>Change layer</source>
        <translation>Capa de cambios</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="354"/>
        <source>New folder for the confirmed alerts</source>
        <translation>Carpeta nueva para los avisos confirmados</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="354"/>
        <source>Folder (*)</source>
        <translation>Carpeta (*)</translation>
    </message>
    <message>
        <location filename="../alerts_export.py" line="54"/>
        <source>error: {error}</source>
        <translation>error: {error}</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="401"/>
        <source>&lt;i&gt;no thumbnails: the scenes the runs recorded are missing (give them to the change algorithm)&lt;/i&gt;</source>
        <translation>&lt;i&gt;sin miniaturas: faltan las escenas que registraron las ejecuciones (indíquelas al algoritmo de cambio)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="546"/>
        <source>no image</source>
        <translation>sin imagen</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="640"/>
        <source>confirmed: {cause}</source>
        <translation>confirmado: {cause}</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="640"/>
        <source>rejected: {reason}</source>
        <translation>rechazado: {reason}</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="332"/>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="568"/>
        <source>type why this is not a change, then press Enter</source>
        <translation>escriba por qué no es un cambio y pulse Enter</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="332"/>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="332"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="845"/>
        <source>Review alerts…</source>
        <translation>Revisar avisos…</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="845"/>
        <source>Confirm or reject each change alert on its before/after pair; export the confirmed</source>
        <translation>Confirmar o rechazar cada aviso de cambio en su par antes/después; exportar los confirmados</translation>
    </message>
    <message>
        <location filename="../style.py" line="192"/>
        <source>Tags weak for this model (not listed above nor on the map):</source>
        <translation>Etiquetas débiles en este modelo (no figuran arriba ni en el mapa):</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="303"/>
        <source>why it is not a change (needed to reject)</source>
        <translation>por qué no es cambio (exigido al rechazar)</translation>
    </message>
    <message>
        <location filename="../style.py" line="157"/>
        <source>Tile</source>
        <translation>Tesela</translation>
    </message>
    <message>
        <location filename="../style.py" line="157"/>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../style.py" line="157"/>
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../style.py" line="157"/>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <location filename="../style.py" line="157"/>
        <source>Most probable</source>
        <translation>Más probables</translation>
    </message>
    <message>
        <location filename="../style.py" line="159"/>
        <source>flagged</source>
        <translation>señalada</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="135"/>
        <source>Where?</source>
        <translation>¿Dónde?</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="155"/>
        <source>Outline where in each chip the concept is (the best quarter of the tile), on the chip and on the map. Reruns the network on 9 windows around each chip, read from the raster the layer was classified from: a few seconds for the gallery, in the background</source>
        <translation>Recuadra dónde está el concepto en cada recorte (el mejor cuarto de la tesela), en el recorte y en el mapa. Vuelve a ejecutar la red en 9 ventanas alrededor de cada recorte, leídas del ráster con el que se clasificó la capa: unos segundos para la galería, en segundo plano</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="204"/>
        <source>flag_{name} stays off here: it would flag far more of this layer than where it was taught. Review and mark tiles here to confirm it.</source>
        <translation>flag_{name} queda apagado aquí: señalaría mucho más de esta capa que donde se enseñó. Revise y marque teselas aquí para confirmarlo.</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="147"/>
        <source>Show the tiles not yet looked at as chips, likeliest first by your marks and answers so far (so the order can differ from the p under each chip); answer with Y / N / S, move with the arrow keys</source>
        <translation>Muestra como recortes las teselas aún no vistas, las más probables primero según sus marcas y respuestas hasta ahora (por eso el orden puede diferir del p bajo cada recorte); responda con Y / N / S, muévase con las flechas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="254"/>
        <source>concept {name}</source>
        <translation>concepto {name}</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="26"/>
        <source>New flag, {confidence} confidence</source>
        <translation>Confianza {confidence} (alerta nueva)</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="27"/>
        <source>No new flag</source>
        <translation>Sin alerta nueva</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="55"/>
        <source>Taught concept</source>
        <translation>Concepto enseñado</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="91"/>
        <source>Tags gained:</source>
        <translation>Etiquetas ganadas:</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="91"/>
        <source>Tags lost:</source>
        <translation>Etiquetas perdidas:</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="267"/>
        <source>Tile {fid} is no longer in the layer: answer another chip.</source>
        <translation>La tesela {fid} ya no está en la capa: responda otro recorte.</translation>
    </message>
    <message>
        <location filename="../style.py" line="94"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../style.py" line="94"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../style.py" line="94"/>
        <source>Valid-pixel coverage</source>
        <translation>Cobertura de píxeles válidos</translation>
    </message>
    <message>
        <location filename="../style.py" line="94"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../style.py" line="95"/>
        <source>Flagged (any)</source>
        <translation>Señalada (alguna alerta)</translation>
    </message>
    <message>
        <location filename="../style.py" line="95"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../style.py" line="98"/>
        <source>Score: {title}</source>
        <translation>Puntuación: {title}</translation>
    </message>
    <message>
        <location filename="../style.py" line="107"/>
        <source>Flag: {title}</source>
        <translation>Alerta: {title}</translation>
    </message>
    <message>
        <location filename="../style.py" line="129"/>
        <source>Tags and probabilities</source>
        <translation>Etiquetas y probabilidades</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="132"/>
        <source>cancelled: tick Where? again to locate the chips</source>
        <translation>cancelado: marque ¿Dónde? de nuevo para localizar en los recortes</translation>
    </message>
    <message>
        <location filename="../style.py" line="79"/>
        <source>{scene} tiles {time}</source>
        <translation>{scene} teselas {time}</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="67"/>
        <source>Model bundle folder (empty = bundled model)</source>
        <translation>Carpeta del paquete del modelo (vacío = modelo incluido)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="91"/>
        <source>Most tiles to classify (--max-tiles)</source>
        <translation>Máximo de teselas a clasificar (--max-tiles)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="109"/>
        <source>Classify raster</source>
        <translation>Clasificar ráster</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="123"/>
        <source>Planet scene</source>
        <translation>Escena Planet</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="125"/>
        <source>Band mapping (e.g. red=3,green=2,blue=1; empty = automatic)</source>
        <translation>Asignación de bandas (p. ej. red=3,green=2,blue=1; vacío = automática)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="127"/>
        <source>Limit to extent</source>
        <translation>Limitar a la extensión</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="128"/>
        <source>Limit to polygons</source>
        <translation>Limitar a los polígonos</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="132"/>
        <source>Apply concept files (.concept.json)</source>
        <translation>Aplicar archivos de concepto (.concept.json)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="135"/>
        <source>Tiles</source>
        <translation>Teselas</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="137"/>
        <source>Tiles classified</source>
        <translation>Teselas clasificadas</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="137"/>
        <source>Tiles skipped (no data)</source>
        <translation>Teselas omitidas (sin datos)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="137"/>
        <source>Tiles flagged</source>
        <translation>Teselas señaladas</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="140"/>
        <source>Device used</source>
        <translation>Dispositivo usado</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="141"/>
        <source>Backend used</source>
        <translation>Motor usado</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="75"/>
        <source>Change between two classifications</source>
        <translation>Cambio entre dos clasificaciones</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="78"/>
        <source>Compares two tile layers of the same place (from Classify raster, the batch command or the plugin), or two rasters: these are classified first on one tile grid (AFTER resampled onto BEFORE&apos;s when its CRS or pixel size differs, after a co-registration check), with the model settings under Advanced. Runs of one CRS and pixel size share the tile grid and are compared tile by tile; others are compared on the overlap. For every AFTER tile: tags gained and lost, the change of each flag group&apos;s score and the new flags that pass the alert rule: an isolated new flag needs a score rise of the margin, one beside a tile raising the same flag the minimum rise. Confidence: nominal (an alert), high (score rise and a second evidence: neighbours or the embedding moved far), highest (all three). Dates come from the runs (scene metadata or Planet file name), else are unknown unless given. The scenes give the before/after thumbnails of the report, the export and the Alerts panel (default: the scenes the runs recorded). Review the alerts in the Alerts panel; the export folder hands them off as GeoJSON, KML, CSV and HTML.</source>
        <translation>Compara dos capas de teselas del mismo lugar (de Clasificar ráster, del comando batch o del complemento), o dos rásteres: estos se clasifican primero en una misma malla de teselas (AFTER remuestreado a la malla de BEFORE cuando su SRC o su tamaño de píxel difiere, tras una comprobación del corregistro), con las opciones del modelo en Parámetros avanzados. Las ejecuciones de un mismo SRC y tamaño de píxel comparten la malla y se comparan tesela a tesela; las demás, en la superposición. Para cada tesela de AFTER: etiquetas ganadas y perdidas, el cambio de la puntuación de cada grupo de alerta y las alertas nuevas que pasan la regla de aviso: una alerta nueva aislada necesita un aumento de puntuación igual al margen; una junto a una tesela con la misma alerta, el aumento mínimo. Confianza: nominal (un aviso), alta (aumento de puntuación y una segunda señal: vecinas o un embedding que se alejó mucho), máxima (las tres). Las fechas vienen de las ejecuciones (metadatos de la escena o nombre de archivo Planet); si no, son desconocidas salvo que se indiquen. Las escenas dan las miniaturas de antes y después del informe, de la exportación y del panel Avisos de cambio (por defecto: las escenas que registraron las ejecuciones). Revise los avisos en el panel Avisos de cambio; la carpeta de exportación los entrega como GeoJSON, KML, CSV y HTML.</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="93"/>
        <source>Earlier tile layer or raster (BEFORE)</source>
        <translation>Capa de teselas o ráster anterior (BEFORE)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="93"/>
        <source>Later tile layer or raster (AFTER, the same kind)</source>
        <translation>Capa de teselas o ráster posterior (AFTER, del mismo tipo)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="97"/>
        <source>BEFORE scene (thumbnails)</source>
        <translation>Escena BEFORE (miniaturas)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="99"/>
        <source>AFTER scene (thumbnails)</source>
        <translation>Escena AFTER (miniaturas)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="101"/>
        <source>Score rise an isolated new flag needs</source>
        <translation>Aumento de puntuación exigido a una alerta nueva aislada</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="103"/>
        <source>Score rise beside a flagged neighbour</source>
        <translation>Aumento de puntuación junto a una vecina señalada</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="105"/>
        <source>Embedding distance quantile for &apos;moved far&apos;</source>
        <translation>Cuantil de la distancia de embedding para 'se alejó mucho'</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="108"/>
        <source>BEFORE acquisition date (YYYY-MM-DD; default: recorded)</source>
        <translation>Fecha de adquisición de BEFORE (AAAA-MM-DD; por defecto: la registrada)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="108"/>
        <source>AFTER acquisition date (YYYY-MM-DD; default: recorded)</source>
        <translation>Fecha de adquisición de AFTER (AAAA-MM-DD; por defecto: la registrada)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="111"/>
        <source>Unknown date: use the file time</source>
        <translation>Fecha desconocida: usar la fecha del archivo</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="113"/>
        <source>Change</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="115"/>
        <source>HTML report</source>
        <translation>Informe HTML</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="115"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="121"/>
        <source>Tiles compared</source>
        <translation>Teselas comparadas</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="121"/>
        <source>Alerts (new flags)</source>
        <translation>Avisos (alertas nuevas)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="207"/>
        <source>Change {before} → {after}</source>
        <translation>Cambio {before} → {after}</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="48"/>
        <source>Teach concept from selected features</source>
        <translation>Enseñar concepto con las entidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="65"/>
        <source>Tile layer (selected tiles = positives)</source>
        <translation>Capa de teselas (teselas seleccionadas = positivas)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="66"/>
        <source>Concept name (a-z, 0-9, _)</source>
        <translation>Nombre del concepto (a-z, 0-9, _)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="80"/>
        <source>Tile layer</source>
        <translation>Capa de teselas</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="81"/>
        <source>Tiles flagged by the concept</source>
        <translation>Teselas señaladas por el concepto</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="82"/>
        <source>Threshold of flag_&lt;name&gt;</source>
        <translation>Umbral de flag_&lt;nombre&gt;</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="83"/>
        <source>Bundle saved to</source>
        <translation>Paquete guardado en</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="112"/>
        <source>Tags every tile (256x256 px by default) of a Planet scene with the 17 Planet-Amazon labels and flags mining, selective logging and slash-and-burn. The output GeoPackage layer &apos;tiles&apos; holds every tag&apos;s probability (p_TAG, e.g. p_primary), the predicted tags and flag fields; it is styled so that flagged tiles stand out.

Model bundle: a folder with manifest.json and model.onnx (empty = the bundled model). Band mapping: e.g. red=3,green=2,blue=1 (empty = from band descriptions or the Planet layout). Limit to an extent and/or a polygon layer (tick &apos;Selected features only&apos; to use the selection). Concept files (saved by Teach a concept or teach --save-concept) are applied to the new layer: p_NAME on every tile (NAME: the concept&apos;s), flag_NAME at p &gt;= 0.5 or the concept&apos;s taught threshold if higher; so is a concept taught into the model bundle (Save concept..., teach --save-to).</source>
        <translation>Asigna a cada tesela (256x256 px por defecto) de una escena Planet las 17 etiquetas de Planet-Amazon y señala minería, tala selectiva y roza y quema. La capa 'tiles' del GeoPackage de salida guarda la probabilidad de cada etiqueta (p_ETIQUETA, p. ej. p_primary), las etiquetas previstas y los campos de alerta; su estilo destaca las teselas señaladas.

Paquete del modelo: una carpeta con manifest.json y model.onnx (vacío = el modelo incluido). Asignación de bandas: p. ej. red=3,green=2,blue=1 (vacío = a partir de las descripciones de las bandas o del orden de Planet). Limite a una extensión y/o a una capa de polígonos (active la opción de entidades seleccionadas de la capa para usar la selección). Los archivos de concepto (guardados con Enseñar un concepto o teach --save-concept) se aplican a la nueva capa: p_NOMBRE en cada tesela (NOMBRE: el del concepto), flag_NOMBRE con p &gt;= 0,5 o con el umbral enseñado del concepto si es mayor; lo mismo vale para un concepto enseñado en el paquete del modelo (Guardar concepto…, teach --save-to).</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="55"/>
        <source>Teaches a concept from a few tiles of a tile layer written by &apos;Classify raster&apos;: the SELECTED tiles show it; tiles matching the optional negative expression do not. Uses the embeddings stored with the tiles (the network does not run again) and writes p_NAME (0..1) and flag_NAME (NAME: the concept&apos;s) into the layer&apos;s GeoPackage in place, refolding the group flags and scores. With &apos;Save bundle with the concept to&apos;, a copy of the model bundle that carries the concept is written there (never inside the plugin); classify later scenes with it to apply the concept.</source>
        <translation>Enseña un concepto a partir de unas teselas de una capa de teselas escrita por 'Clasificar ráster': las teselas SELECCIONADAS lo muestran; las que cumplen la expresión negativa opcional, no. Usa los embeddings guardados con las teselas (la red no se vuelve a ejecutar) y escribe p_NOMBRE (0..1) y flag_NOMBRE (NOMBRE: el del concepto) en el propio GeoPackage de la capa, recalculando las alertas y las puntuaciones de los grupos. Con 'Guardar el paquete con el concepto en', se escribe allí una copia del paquete del modelo con el concepto (nunca dentro del complemento); clasifique escenas futuras con ella para aplicar el concepto.</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="73"/>
        <source>Negative tiles (expression)</source>
        <translation>Teselas negativas (expresión)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="78"/>
        <source>Save bundle with the concept to</source>
        <translation>Guardar el paquete con el concepto en</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="216"/>
        <source>classification finished: {path} was written but not added as a layer, as the project it was started in was closed (add it with Layer &gt; Add Layer)</source>
        <translation>la clasificación terminó: {path} se escribió, pero no se añadió como capa, porque el proyecto en que empezó se cerró (añádalo con Capa &gt; Añadir capa)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="500"/>
        <source>found from the model bundle&apos;s bands once a model bundle can be read</source>
        <translation>se obtiene de las bandas del paquete de modelo cuando se pueda leer un paquete de modelo</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="22"/>
        <source>{name} was taught from only {k}, too few to trust: its flags stay off until you review here</source>
        <translation>{name} se enseñó con solo {k}, muy poco para confiar: sus alertas quedan apagadas hasta que revise aquí</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="617"/>
        <source>tile</source>
        <translation>tesela</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="364"/>
        <source>tiles</source>
        <translation>teselas</translation>
    </message>
    <message>
        <location filename="../teach_dock/threshold.py" line="26"/>
        <source>expected precision {p:.0%} (from {answers}){mine}</source>
        <translation>precisión esperada {p:.0%} (a partir de {answers}){mine}</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="99"/>
        <source>Planet classifier: where in {chips}</source>
        <translation>Planet classifier: dónde en {chips}</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="99"/>
        <source>chip</source>
        <translation>recorte</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="99"/>
        <source>chips</source>
        <translation>recortes</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="379"/>
        <source>{tiles}, {skipped} skipped, {flagged} flagged; {speed:.1f} chips/s on {device} ({backend})</source>
        <translation>{tiles}, {skipped} omitidas, {flagged} señaladas; {speed:.1f} recortes/s en {device} ({backend})</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="380"/>
        <source>tile processed</source>
        <translation>tesela procesada</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="380"/>
        <source>tiles processed</source>
        <translation>teselas procesadas</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="821"/>
        <source>{tiles}, {skipped} skipped (no data), {flagged} flagged{detail}; {speed:.1f} chips/s on {device} ({backend}) -&gt; {path}</source>
        <translation>{tiles}, {skipped} omitidas (sin datos), {flagged} señaladas{detail}; {speed:.1f} recortes/s en {device} ({backend}) -&gt; {path}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="822"/>
        <source>tile classified</source>
        <translation>tesela clasificada</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="822"/>
        <source>tiles classified</source>
        <translation>teselas clasificadas</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="203"/>
        <source>change finished: {path} was written but not added as a layer, as the project it was started in was closed (add it with Layer &gt; Add Layer)</source>
        <translation>la comparación terminó: {path} se escribió, pero no se añadió como capa, porque el proyecto en que empezó se cerró (añádalo con Capa &gt; Añadir capa)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="142"/>
        <source>output {output} is open in QGIS as layer {name!r}: replacing the file under it would lose what is edited or reviewed there (two rows of a batch given one output do that); choose another name, or remove that layer first</source>
        <translation>la salida {output} está abierta en QGIS como la capa {name!r}: sustituir el archivo bajo ella perdería lo editado o revisado en ella (dos filas de un lote con la misma salida lo hacen); elija otro nombre o quite antes esa capa</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="589"/>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="150"/>
        <source>output {output} is a GeoPackage that holds {listed}, which replacing it would lose (the run writes a GeoPackage of its own, layer &apos;{layer}&apos;); give a new file name</source>
        <translation>la salida {output} es un GeoPackage que contiene {listed}, que se perderían al sustituirlo (la ejecución escribe un GeoPackage propio, capa '{layer}'); dé un nombre de archivo nuevo</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="167"/>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="168"/>
        <source>rows {rows} of the batch all write {path}: each would replace the one before; give each row its own output (none of these rows was run)</source>
        <translation>las filas {rows} del lote escriben todas {path}: cada una sustituiría a la anterior; dé a cada fila su propia salida (no se ejecutó ninguna de esas filas)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="168"/>
        <source>rows {rows} of the batch both write {path}: the later would replace the earlier; give each row its own output (neither row was run)</source>
        <translation>las filas {rows} del lote escriben ambas {path}: la posterior sustituiría a la anterior; dé a cada fila su propia salida (no se ejecutó ninguna de las dos)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="259"/>
        <source>{name!r} is read by QGIS&apos;s {provider!r} provider (a temporary layer is another algorithm&apos;s copy), not from a tile GeoPackage made by &apos;Classify raster&apos;; choose {which} it wrote (in a model: its Tiles output)</source>
        <translation>{name!r} se lee con el proveedor {provider!r} de QGIS (una capa temporal es la copia de otro algoritmo), no de un GeoPackage de teselas hecho por 'Clasificar ráster'; elija {which} que escribió (en un modelo: su salida Teselas)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="266"/>
        <source>{which} {name!r} reads {path}, which is no longer there (deleted or moved since it was loaded); load the GeoPackage from where it is now, or classify again</source>
        <translation>{which} {name!r} lee {path}, que ya no está allí (borrado o movido después de cargarse); cargue el GeoPackage desde donde está ahora, o clasifique de nuevo</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="389"/>
        <source>{path} cannot be written: {folder} is a file, not a folder; choose another place</source>
        <translation>no se puede escribir {path}: {folder} es un archivo, no una carpeta; elija otro lugar</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="393"/>
        <source>{path} cannot be written: folder {folder} cannot be made ({reason})</source>
        <translation>no se puede escribir {path}: no se puede crear la carpeta {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="146"/>
        <source>choose a raster layer to classify</source>
        <translation>elija una capa ráster para clasificar</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="159"/>
        <source>give either an extent or a polygon layer, not both</source>
        <translation>dé una extensión o una capa de polígonos, no ambas</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="131"/>
        <source>give two tile layers or two rasters, not one of each</source>
        <translation>dé dos capas de teselas o dos rásteres, no uno de cada</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="132"/>
        <source>the {side} tile layer</source>
        <translation>la capa de teselas {side}</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="136"/>
        <source>the {side} tile layer {name!r} has unsaved edits, which the comparison would not see (it reads the GeoPackage): save or discard them first</source>
        <translation>la capa de teselas {side} {name!r} tiene ediciones sin guardar, que la comparación no vería (lee el GeoPackage): guárdelas o descártelas antes</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="92"/>
        <source>{parameter} expression: {error}</source>
        <translation>expresión {parameter}: {error}</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="96"/>
        <source>{parameter} expression {expression!r} cannot be evaluated on {layer}: {error}; correct the expression</source>
        <translation>la expresión {parameter} {expression!r} no se puede evaluar en {layer}: {error}; corrija la expresión</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="106"/>
        <source>choose a tile layer made by &apos;Classify raster&apos;</source>
        <translation>elija una capa de teselas hecha por 'Clasificar ráster'</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="108"/>
        <source>the tile layer</source>
        <translation>la capa de teselas</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="112"/>
        <source>select the tiles that show the concept in {layer} first (or give a positive expression)</source>
        <translation>seleccione antes las teselas que muestran el concepto en {layer} (o dé una expresión positiva)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="101"/>
        <source>Written by the Planet deforestation classifier.</source>
        <translation>Generado por el clasificador de deforestación Planet.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="240"/>
        <source>Planet classifier: change report</source>
        <translation>Clasificador Planet: informe de cambios</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="294"/>
        <source>thumbnails need both scenes: pass --before-scene and --after-scene (every classify run records its scene; this one&apos;s is missing or moved)</source>
        <translation>las miniaturas necesitan las dos escenas: pase --before-scene y --after-scene (toda clasificación registra su escena; la de esta falta o se movió)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="297"/>
        <source>lat, lon</source>
        <translation>lat., lon.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="297"/>
        <source>row, col (no CRS)</source>
        <translation>fila, columna (sin SRC)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="315"/>
        <source>Showing the {shown} first of {n} alerts; the change GeoPackage has all.</source>
        <translation>Se muestran las {shown} primeras de {n} alertas; el GeoPackage de cambios las tiene todas.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="333"/>
        <source>cause</source>
        <translation>causa</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="317"/>
        <source>new flags</source>
        <translation>señales nuevas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="317"/>
        <source>confidence</source>
        <translation>confianza</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="317"/>
        <source>evidence</source>
        <translation>evidencias</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="317"/>
        <source>score rise</source>
        <translation>aumento de la puntuación</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="412"/>
        <source>tags gained / lost</source>
        <translation>etiquetas ganadas / perdidas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="328"/>
        <source>No alerts.</source>
        <translation>Ninguna alerta.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="333"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="334"/>
        <source>Each alert counted once: under the cause the analyst confirmed, else the flag group that raised it (a taught concept under its group).</source>
        <translation>Cada alerta contada una vez: en la causa que confirmó el analista, si no en el grupo de señal que la levantó (un concepto enseñado en su grupo).</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="344"/>
        <source>{side} {scene}, acquired {date}</source>
        <translation>{side} {scene}, adquirida el {date}</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="344"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="344"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="361"/>
        <source>note:</source>
        <translation>nota:</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="461"/>
        <source>alerts by cause and confidence</source>
        <translation>alertas por causa y confianza</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="362"/>
        <source>Review: alerts per cause</source>
        <translation>Revisión: alertas por causa</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="362"/>
        <source>Alerts, highest confidence first</source>
        <translation>Alertas, mayor confianza primero</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="371"/>
        <source>Alert rule: {rule}.</source>
        <translation>Regla de alerta: {rule}.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="371"/>
        <source>Map: the AFTER scene, alerts outlined by confidence and numbered as in the table. Thumbnails: the AFTER tile&apos;s footprint outlined in both scenes.</source>
        <translation>Mapa: la escena de DESPUÉS, con las alertas contorneadas por confianza y numeradas como en la tabla. Miniaturas: el contorno de la tesela de DESPUÉS en ambas escenas.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="646"/>
        <source>alerts on the AFTER scene</source>
        <translation>alertas en la escena de DESPUÉS</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="269"/>
        <source>unknown date</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="270"/>
        <source>metadata</source>
        <translation>metadatos</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="270"/>
        <source>file name</source>
        <translation>nombre del archivo</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="270"/>
        <source>given</source>
        <translation>indicada</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="271"/>
        <source>file time of the GeoPackage</source>
        <translation>fecha del archivo GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="191"/>
        <source>nominal: an alert; high: score rise and one more evidence (neighbours or embedding); highest: all three; all of one flag (on a tile with several new flags, the one of highest confidence)</source>
        <translation>nominal: una alerta; alta: aumento de la puntuación y una evidencia más (vecinas o embedding); máxima: las tres; todo de una misma señal (en una tesela con varias señales nuevas, la de mayor confianza)</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="137"/>
        <source>BEFORE and AFTER: {message}</source>
        <translation>ANTES y DESPUÉS: {message}</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="137"/>
        <source>BEFORE: {message}</source>
        <translation>ANTES: {message}</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="137"/>
        <source>AFTER: {message}</source>
        <translation>DESPUÉS: {message}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="194"/>
        <source>the model saw fewer than {minimum} training examples of {seen}: these tags raise no flag by themselves (their p_ fields are written)</source>
        <translation>el modelo vio menos de {minimum} ejemplos de entrenamiento de {seen}: esas etiquetas no levantan señal por sí solas (sus campos p_ se escriben)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="196"/>
        <source>; flags come from the bundle&apos;s concepts {taught}</source>
        <translation>; las señales vienen de los conceptos del paquete del modelo {taught}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="197"/>
        <source>; teach a concept from a few marked tiles to flag what you hunt</source>
        <translation>; enseñe un concepto a partir de unas pocas teselas marcadas para señalar lo que busca</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="407"/>
        <source>{scene} is now drawn in natural colour: bands {bands} as red, green, blue, as the classifier read them (Layer Properties &gt; Symbology changes it)</source>
        <translation>{scene} se muestra ahora en color natural: bandas {bands} como rojo, verde, azul, como las leyó el clasificador (Propiedades de la capa &gt; Simbología lo cambia)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="385"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="385"/>
        <source>warnings</source>
        <translation>avisos</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="350"/>
        <source>alert</source>
        <translation>aviso de cambio</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="350"/>
        <source>alerts</source>
        <translation>avisos de cambio</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="508"/>
        <source>&lt;b&gt;{cause}&lt;/b&gt; (new flags: {flags}) · &lt;b&gt;{confidence}&lt;/b&gt; confidence ({evidence}) · score +{rise:.2f} · {neighbours}</source>
        <translation>&lt;b&gt;{cause}&lt;/b&gt; (alertas nuevas: {flags}) · confianza &lt;b&gt;{confidence}&lt;/b&gt; ({evidence}) · puntuación +{rise:.2f} · {neighbours}</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="508"/>
        <source>flagged neighbour</source>
        <translation>vecina señalada</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="508"/>
        <source>flagged neighbours</source>
        <translation>vecinas señaladas</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="585"/>
        <source>{done}; {open} left.</source>
        <translation>{done}; sin revisar: {open}.</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="67"/>
        <source>open alert</source>
        <translation>aviso pendiente</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="67"/>
        <source>open alerts</source>
        <translation>avisos pendientes</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="780"/>
        <source>{alerts} exported to {folder} (GeoJSON, KML, CSV, HTML)</source>
        <translation>Exportación a {folder}: {alerts} (GeoJSON, KML, CSV, HTML)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="783"/>
        <source>{alerts} exported to {folder} (GeoJSON, KML, CSV, HTML, thumbnails)</source>
        <translation>Exportación a {folder}: {alerts} (GeoJSON, KML, CSV, HTML, miniaturas)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="785"/>
        <source>{alerts} exported to {folder} (GeoJSON, KML, CSV, HTML; no thumbnails: the scenes are not known)</source>
        <translation>Exportación a {folder}: {alerts} (GeoJSON, KML, CSV, HTML; sin miniaturas: no se conocen las escenas)</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="76"/>
        <source>concept {name}: flag_{name} on {flagged} of {tiles} tiles ({share}; p &gt;= {t})</source>
        <translation>concepto {name}: flag_{name} en {flagged} de {tiles} teselas ({share}; p &gt;= {t})</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="79"/>
        <source>no tile here reaches p &gt;= {t}, so it flags nothing; from so few tiles that is no all-clear</source>
        <translation>ninguna tesela llega aquí a p &gt;= {t}, así que no señala nada; con tan pocas teselas eso no significa que la escena esté limpia</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="79"/>
        <source>its 1 flag here is unconfirmed and flag_{name} is left off</source>
        <translation>su 1 señal aquí no está confirmada y flag_{name} queda apagado</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="79"/>
        <source>its {n} flags here are unconfirmed and flag_{name} is left off</source>
        <translation>sus {n} señales aquí no están confirmadas y flag_{name} queda apagado</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="85"/>
        <source>concept {name} was fitted to {labelled} only (a rough concept): {held} (sort by p_{name} and review, or answer its review where it was taught and save it again)</source>
        <translation>el concepto {name} se ajustó solo a {labelled} (un concepto aproximado): {held} (ordene por p_{name} y revise, o responda a su revisión donde se enseñó y guárdelo de nuevo)</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="86"/>
        <source>labelled tile</source>
        <translation>tesela etiquetada</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="86"/>
        <source>labelled tiles</source>
        <translation>teselas etiquetadas</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="88"/>
        <source>concept {name} would flag {would} of {tiles} tiles ({weighed} of the scene by area, edge slivers weighing their coverage), far more than the {taught} of the scene it was taught on: its flags here are unconfirmed and flag_{name} is left off (sort by p_{name} and review, or teach it on this scene)</source>
        <translation>el concepto {name} señalaría {would} de {tiles} teselas ({weighed} de la escena por área, los bordes según su cobertura), mucho más que el {taught} de la escena donde se enseñó: sus señales aquí no están confirmadas y flag_{name} queda apagado (ordene por p_{name} y revise, o enséñelo en esta escena)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="153"/>
        <source>the extent (EXTENT)</source>
        <translation>la extensión (EXTENT)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="160"/>
        <source>the polygon layer</source>
        <translation>la capa de polígonos</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="91"/>
        <source>batch size must be at least 1</source>
        <translation>el tamaño de lote debe ser al menos 1</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="261"/>
        <source>the {backend} predictor returned no embeddings although model {display_name} declares them</source>
        <translation>el predictor {backend} no devolvió embeddings, aunque el modelo {display_name} los declara</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="369"/>
        <source>nothing to classify: all {total} tile(s) {where} are nodata; check the raster&apos;s nodata value or choose another area</source>
        <translation>nada que clasificar: las {total} tesela(s) {where} son nodata; revise el valor nodata del ráster o elija otra área</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="145"/>
        <source>bundle {path} has no embedding output, so it cannot apply concepts</source>
        <translation>el paquete {path} no tiene salida de embeddings, así que no puede aplicar conceptos</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="148"/>
        <source>a concept is applied to the stored tile embeddings: drop --no-embeddings</source>
        <translation>un concepto se aplica a los embeddings guardados de las teselas: quite --no-embeddings</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="153"/>
        <source>two concept files name the concept {twice!r}; give each name once</source>
        <translation>dos archivos de concepto nombran el concepto {twice!r}; use cada nombre una sola vez</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="167"/>
        <source>concept file {path} names the concept {name!r}, which bundle {display_name} already applies (p_{name}, flag_{name}, group {group}): one would replace the other; save it under another name (teach LAYER --concept {path} --name {other} --positive ID --save-concept {other}.concept.json), or into a copy of the bundle with --save-to</source>
        <translation>el archivo de concepto {path} nombra el concepto {name!r}, que el paquete {display_name} ya aplica (p_{name}, flag_{name}, grupo {group}): uno reemplazaría al otro; guárdelo con otro nombre (teach LAYER --concept {path} --name {other} --positive ID --save-concept {other}.concept.json) o en una copia del paquete con --save-to</translation>
    </message>
    <message>
        <location filename="../runner.py" line="61"/>
        <source>raster layer {name!r} is not valid (is its file still there?)</source>
        <translation>la capa ráster {name!r} no es válida (¿sigue ahí su archivo?)</translation>
    </message>
    <message>
        <location filename="../runner.py" line="63"/>
        <source>raster layer {name!r} comes from the {provider!r} provider; only file-based (GDAL) rasters can be classified: save it as GeoTIFF first</source>
        <translation>la capa ráster {name!r} viene del proveedor {provider!r}; solo se pueden clasificar rásteres en archivo (GDAL): guárdela antes como GeoTIFF</translation>
    </message>
    <message>
        <location filename="../runner.py" line="67"/>
        <source>raster layer {name!r} is read from inside an archive or a virtual file ({source}); only plain raster files can be classified: extract it (or save it as GeoTIFF) first</source>
        <translation>la capa ráster {name!r} se lee desde dentro de un archivo comprimido o de un archivo virtual ({source}); solo se pueden clasificar archivos ráster simples: extráigala (o guárdela como GeoTIFF) antes</translation>
    </message>
    <message>
        <location filename="../runner.py" line="72"/>
        <source>raster layer {name!r} is read through GDAL&apos;s {driver} driver ({source}), not from a raster file of its own; only plain raster files can be classified: save it as GeoTIFF first</source>
        <translation>la capa ráster {name!r} se lee con el controlador {driver} de GDAL ({source}), no desde un archivo ráster propio; solo se pueden clasificar archivos ráster simples: guárdela antes como GeoTIFF</translation>
    </message>
    <message>
        <location filename="../runner.py" line="89"/>
        <source>the area of interest has no valid CRS</source>
        <translation>el área de interés no tiene un SRC válido</translation>
    </message>
    <message>
        <location filename="../runner.py" line="98"/>
        <source>the map extent</source>
        <translation>la extensión del mapa</translation>
    </message>
    <message>
        <location filename="../runner.py" line="101"/>
        <source>{what} is empty (no width or no height): give one that covers part of the raster</source>
        <translation>{what} está vacía (sin anchura o sin altura): indique una que cubra parte del ráster</translation>
    </message>
    <message>
        <location filename="../runner.py" line="108"/>
        <source>polygon layer</source>
        <translation>la capa de polígonos</translation>
    </message>
    <message>
        <location filename="../runner.py" line="116"/>
        <source>{what} must contain polygons</source>
        <translation>{what} debe contener polígonos</translation>
    </message>
    <message>
        <location filename="../runner.py" line="119"/>
        <source>{what} has no (selected) polygon features</source>
        <translation>{what} no tiene entidades de polígono (seleccionadas)</translation>
    </message>
    <message>
        <location filename="../runner.py" line="126"/>
        <source>layer {name!r} has no selected features</source>
        <translation>la capa {name!r} no tiene entidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../runner.py" line="130"/>
        <source>layer {name!r}</source>
        <translation>la capa {name!r}</translation>
    </message>
    <message>
        <location filename="../runner.py" line="160"/>
        <source>{raster} is not a raster GDAL can read</source>
        <translation>{raster} no es un ráster que GDAL pueda leer</translation>
    </message>
    <message>
        <location filename="../runner.py" line="200"/>
        <source>cancel arrived after the last tile: the finished layer was kept</source>
        <translation>la cancelación llegó después de la última tesela: se conservó la capa terminada</translation>
    </message>
    <message>
        <location filename="../runner.py" line="210"/>
        <source>Python package {name!r} is missing in QGIS&apos;s Python; use {hint} (or pip install it) and try again</source>
        <translation>falta el paquete de Python {name!r} en el Python de QGIS; use {hint} (o instálelo con pip) e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../alerts_export.py" line="58"/>
        <source>unexpected error: {kind}: {error} (details in the &apos;Planet classifier&apos; log)</source>
        <translation>error inesperado: {kind}: {error} (detalles en el registro 'Planet classifier')</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="56"/>
        <source>cancelled by the user; no output was written</source>
        <translation>cancelado por el usuario; no se escribió ninguna salida</translation>
    </message>
    <message>
        <location filename="../core/layer/gpkg.py" line="70"/>
        <source>output {text} names a layer in a GeoPackage; give the file alone (e.g. {file}): its layer is always &apos;tiles&apos;</source>
        <translation>la salida {text} nombra una capa de un GeoPackage; indique solo el archivo (p. ej. {file}): su capa es siempre 'tiles'</translation>
    </message>
    <message>
        <location filename="../core/layer/gpkg.py" line="75"/>
        <source>output {path} must end in .gpkg</source>
        <translation>la salida {path} debe terminar en .gpkg</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="605"/>
        <source>could not write {path}: {reason}</source>
        <translation>no se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="65"/>
        <source>{where}: scaling method {method!r} is not one of {SCALING_METHODS}</source>
        <translation>{where}: el método de escalado {method!r} no es uno de {SCALING_METHODS}</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="68"/>
        <source>{where}: percentiles must satisfy 0 &lt;= low &lt; high &lt;= 100</source>
        <translation>{where}: los percentiles deben cumplir 0 &lt;= low &lt; high &lt;= 100</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="70"/>
        <source>{where}: divide scale must be &gt; 0</source>
        <translation>{where}: la escala de división debe ser &gt; 0</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="72"/>
        <source>{where}: linear scaling needs gain and offset lists of equal length</source>
        <translation>{where}: el escalado lineal necesita listas de ganancia y desplazamiento de igual longitud</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="75"/>
        <source>{where}: give both out_low and out_high or neither</source>
        <translation>{where}: indique out_low y out_high, o ninguno de los dos</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="93"/>
        <source>{where}: embedding.output must name the network output</source>
        <translation>{where}: embedding.output debe nombrar la salida de la red</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="95"/>
        <source>{where}: embedding.size must be an integer in 1..65536</source>
        <translation>{where}: embedding.size debe ser un entero en 1..65536</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="97"/>
        <source>{where}: embedding.backbone_id must be a non-empty string</source>
        <translation>{where}: embedding.backbone_id debe ser un texto no vacío</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="99"/>
        <source>{where}: embedding.dtype must be float16 or float32</source>
        <translation>{where}: embedding.dtype debe ser float16 o float32</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="147"/>
        <source> (and {n} more)</source>
        <translation> (y {n} más)</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="148"/>
        <source>{n} problems: </source>
        <translation>{n} problemas: </translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="188"/>
        <source>{where}: expected a JSON object</source>
        <translation>{where}: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="191"/>
        <source>{where}: manifest format {fmt!r} is not supported (this plugin reads format {formats}); re-export the bundle with a matching trainer</source>
        <translation>{where}: el formato de manifiesto {fmt!r} no es compatible (este complemento lee el formato {formats}); vuelva a exportar el paquete con un entrenador compatible</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="199"/>
        <source>{where}: missing field(s): {missing}</source>
        <translation>{where}: falta(n) campo(s): {missing}</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="203"/>
        <source>{where}: unknown field(s): {unknown}</source>
        <translation>{where}: campo(s) desconocido(s): {unknown}</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="224"/>
        <source>{where}: bad scaling entry ({exc})</source>
        <translation>{where}: entrada de escalado no válida ({exc})</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="228"/>
        <source>{where}: bad embedding entry ({exc})</source>
        <translation>{where}: entrada de embedding no válida ({exc})</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="231"/>
        <source>{where}: concepts must be a list</source>
        <translation>{where}: concepts debe ser una lista</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="345"/>
        <source>model bundle {folder} is not a folder</source>
        <translation>el paquete del modelo {folder} no es una carpeta</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="349"/>
        <source>model bundle {folder} has no {MANIFEST}</source>
        <translation>el paquete del modelo {folder} no tiene {MANIFEST}</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="352"/>
        <source>{manifest_path}: {size:,} bytes is too large for a manifest (at most {MAX_MANIFEST_BYTES:,}); is it the right file?</source>
        <translation>{manifest_path}: {size:,} bytes es demasiado para un manifiesto (como máximo {MAX_MANIFEST_BYTES:,}); ¿es el archivo correcto?</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="358"/>
        <source>{manifest_path}: not readable JSON ({exc})</source>
        <translation>{manifest_path}: JSON ilegible ({exc})</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="361"/>
        <source>{manifest_path}: JSON nested too deeply to be a manifest</source>
        <translation>{manifest_path}: JSON demasiado anidado para ser un manifiesto</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="368"/>
        <source>model bundle {folder}: {kind} file {name} is missing</source>
        <translation>paquete del modelo {folder}: falta el archivo {kind} {name}</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="396"/>
        <source>model bundle {folder}: {kind} file {name!r} lies outside the bundle folder; a bundle&apos;s files must be inside it</source>
        <translation>paquete del modelo {folder}: el archivo {kind} {name!r} está fuera de la carpeta del paquete; los archivos de un paquete deben estar dentro de ella</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="410"/>
        <source>{path}: not a readable .npy array ({reason}); re-export the bundle</source>
        <translation>{path}: no es una matriz .npy legible ({reason}); vuelva a exportar el paquete</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="449"/>
        <source>no bundled model found under resources/models; pass a bundle folder explicitly</source>
        <translation>no se encontró ningún modelo incluido en resources/models; indique explícitamente una carpeta de paquete</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="33"/>
        <source>bounding box ({minx}, {miny}, {maxx}, {maxy}) has a coordinate that is not a finite number within +-{MAX_COORDINATE:g}</source>
        <translation>el rectángulo envolvente ({minx}, {miny}, {maxx}, {maxy}) tiene una coordenada que no es un número finito dentro de +-{MAX_COORDINATE:g}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="37"/>
        <source>bounding box ({minx}, {miny}, {maxx}, {maxy}) is empty: need minx &lt; maxx and miny &lt; maxy</source>
        <translation>el rectángulo envolvente ({minx}, {miny}, {maxx}, {maxy}) está vacío: se necesita minx &lt; maxx y miny &lt; maxy</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="54"/>
        <source>area of interest {text} is neither minx,miny,maxx,maxy[,CRS] (four numbers, then an optional CRS such as EPSG:32649) nor a file</source>
        <translation>el área de interés {text} no es minx,miny,maxx,maxy[,CRS] (cuatro números y luego un SRC opcional como EPSG:32649) ni un archivo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="67"/>
        <source>area of interest {path} does not exist</source>
        <translation>el área de interés {path} no existe</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="69"/>
        <source>area of interest {path} is not a file (a pipe, socket or device); save it to a file</source>
        <translation>el área de interés {path} no es un archivo (es una tubería, un socket o un dispositivo); guárdela en un archivo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="76"/>
        <source>area of interest {path} {remote}</source>
        <translation>área de interés {path}: {remote}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="91"/>
        <source>area of interest {path} is not a readable vector file ({exc})</source>
        <translation>el área de interés {path} no es un archivo vectorial legible ({exc})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="94"/>
        <source>area of interest {path} has no vector layer</source>
        <translation>el área de interés {path} no tiene ninguna capa vectorial</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="108"/>
        <source>area of interest {path} has no CRS; save it with one</source>
        <translation>el área de interés {path} no tiene SRC; guárdela con uno</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="110"/>
        <source>area of interest {path} has an undefined CRS ({crs}); save it with a defined one</source>
        <translation>el área de interés {path} tiene un SRC no definido ({crs}); guárdela con uno definido</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="104"/>
        <source>area of interest {path} holds no polygons</source>
        <translation>el área de interés {path} no contiene polígonos</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="131"/>
        <source>area of interest CRS {crs!r} is not understood ({exc})</source>
        <translation>no se reconoce el SRC {crs!r} del área de interés ({exc})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="180"/>
        <source>the raster has no CRS, so an area of interest cannot be placed on it</source>
        <translation>el ráster no tiene SRC, así que no se puede situar en él un área de interés</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="238"/>
        <source>the area of interest cannot be placed on the raster: its CRS cannot be transformed to the raster&apos;s ({reason}); save the area of interest in a defined CRS</source>
        <translation>no se puede situar el área de interés en el ráster: su SRC no se puede transformar al del ráster ({reason}); guarde el área de interés en un SRC definido</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="80"/>
        <source>band mapping {text!r} gives {n} bands, the model needs {needed} ({wanted})</source>
        <translation>la asignación de bandas {text!r} da {n} bandas, el modelo necesita {needed} ({wanted})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="86"/>
        <source>band mapping {text!r} is not like &apos;red=3,green=2,blue=1&apos; or &apos;3,2,1&apos;</source>
        <translation>la asignación de bandas {text!r} no es como 'red=3,green=2,blue=1' o '3,2,1'</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="112"/>
        <source>the raster is one band of colour-table indexes (paletted), not colours: expand it to RGB first, e.g. gdal_translate -expand rgb in.tif rgb.tif</source>
        <translation>el ráster es una banda de índices de tabla de colores (paleta), no colores: expándalo antes a RGB, p. ej. gdal_translate -expand rgb in.tif rgb.tif</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="120"/>
        <source>band mapping does not say which band is {missing}</source>
        <translation>la asignación de bandas no dice qué banda es {missing}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="124"/>
        <source>band mapping {bad} is outside the raster&apos;s bands 1..{count}</source>
        <translation>la asignación de bandas {bad} está fuera de las bandas 1..{count} del ráster</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="155"/>
        <source>cannot tell which of the raster&apos;s {count} band(s) are {wanted}: set band descriptions or give a mapping such as --bands {listed} (known layouts: {known})</source>
        <translation>no se puede saber cuáles de las {count} banda(s) del ráster son {wanted}: defina descripciones de banda o indique una asignación como --bands {listed} (disposiciones conocidas: {known})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/preprocess.py" line="172"/>
        <source>raster data type {dtype} is not supported (use one of {SUPPORTED_DTYPES})</source>
        <translation>el tipo de dato ráster {dtype} no es compatible (use uno de {SUPPORTED_DTYPES})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/preprocess.py" line="178"/>
        <source>the model bundle says nothing about scaling {dtype} rasters (it knows {scaling})</source>
        <translation>el paquete del modelo no dice nada sobre el escalado de rásteres {dtype} (conoce {scaling})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/preprocess.py" line="199"/>
        <source>the raster holds no valid pixels (all nodata)</source>
        <translation>el ráster no contiene píxeles válidos (todo nodata)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="31"/>
        <source>raster {path} does not exist</source>
        <translation>el ráster {path} no existe</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="33"/>
        <source>raster {path} is a folder, not a raster file</source>
        <translation>el ráster {path} es una carpeta, no un archivo ráster</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="35"/>
        <source>raster {path} is {kind}, not a raster file; save the raster to a file first</source>
        <translation>el ráster {path} es {kind}, no un archivo ráster; guarde antes el ráster en un archivo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="52"/>
        <source>{path} is not a readable raster ({reason})</source>
        <translation>{path} no es un ráster legible ({reason})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="85"/>
        <source>{path} has a geotransform that places its pixels nowhere ({nowhere}); fix its georeference (e.g. gdal_edit.py -a_ullr ULX ULY LRX LRY {name}) or remove it (gdal_edit.py -unsetgt {name})</source>
        <translation>{path} tiene una geotransformación que no sitúa sus píxeles en ningún lugar ({nowhere}); corrija su georreferencia (p. ej. gdal_edit.py -a_ullr ULX ULY LRX LRY {name}) o elimínela (gdal_edit.py -unsetgt {name})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="213"/>
        <source>{path} has no raster bands (a vector-only file?); choose a raster</source>
        <translation>{path} no tiene bandas ráster (¿un archivo solo vectorial?); elija un ráster</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="216"/>
        <source>{path} holds {n} raster tables ({shown}); export the one to classify first, e.g. gdal_translate {subdataset} {table}.tif</source>
        <translation>{path} contiene {n} tablas ráster ({shown}); exporte antes la que va a clasificar, p. ej. gdal_translate {subdataset} {table}.tif</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="328"/>
        <source>{name} is damaged or truncated: its pixels cannot be read ({reason}); re-download or re-export the raster</source>
        <translation>{name} está dañado o truncado: sus píxeles no se pueden leer ({reason}); vuelva a descargar o exportar el ráster</translation>
    </message>
    <message>
        <location filename="../core/pipeline/run_size.py" line="69"/>
        <source>classifying {name} ({width}x{height} px) would hold about {needed} at once ({held}), more than this machine&apos;s {memory} ({source}); {fix}</source>
        <translation>clasificar {name} ({width}x{height} px) ocuparía unos {needed} a la vez ({held}), más que los {memory} de esta máquina ({source}); {fix}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/run_size.py" line="105"/>
        <source>{where}{with_data}: more than {limit:,} to classify in one run; {part}, or raise --max-tiles if this machine may take the hours</source>
        <translation>{where}{with_data}: más de {limit:,} que clasificar en una ejecución; {part}, o aumente --max-tiles si esta máquina puede dedicarle las horas</translation>
    </message>
    <message>
        <location filename="../core/pipeline/run_size.py" line="109"/>
        <source>{where}, only about {tiles:,} of them with data: more than {MAX_GRID_TILES:,} tile positions to read in one run; {part} around its data</source>
        <translation>{where}, solo unas {tiles:,} de ellas con datos: más de {MAX_GRID_TILES:,} posiciones de tesela que leer en una ejecución; {part} en torno a sus datos</translation>
    </message>
    <message>
        <location filename="../core/pipeline/run_size.py" line="118"/>
        <source>the most tiles a run may classify must be at least 1, not {limit}</source>
        <translation>el máximo de teselas que una ejecución puede clasificar debe ser al menos 1, no {limit}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/tiling.py" line="62"/>
        <source>tile size must be positive, got {size}</source>
        <translation>el tamaño de tesela debe ser positivo, se recibió {size}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/tiling.py" line="64"/>
        <source>stride {stride} px is not allowed: use 1..{size} px (the chip size; a larger step would leave unclassified gaps between tiles)</source>
        <translation>el paso de {stride} px no está permitido: use 1..{size} px (el tamaño del recorte; un paso mayor dejaría huecos sin clasificar entre teselas)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/tiling.py" line="68"/>
        <source>raster is {width}x{height} px: it holds no pixels</source>
        <translation>el ráster mide {width}x{height} px: no contiene píxeles</translation>
    </message>
    <message>
        <location filename="../core/pipeline/tiling.py" line="76"/>
        <source>the area of interest does not intersect the raster: the raster spans {raster_extent}, the area {area_extent}; check the area&apos;s coordinates and CRS</source>
        <translation>el área de interés no interseca el ráster: el ráster abarca {raster_extent}, el área {area_extent}; revise las coordenadas y el SRC del área</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="104"/>
        <source>output {path} was {how} by another program or run while this run was writing; it was left as it is (run again to replace it)</source>
        <translation>la salida {path} fue {how} por otro programa o ejecución mientras esta ejecución escribía; se dejó como está (ejecute de nuevo para reemplazarla)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="104"/>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="104"/>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="111"/>
        <source>output {path} was created by another program or run while this run was writing; it was left as it is (run again to replace it)</source>
        <translation>la salida {path} fue creada por otro programa o ejecución mientras esta ejecución escribía; se dejó como está (ejecute de nuevo para reemplazarla)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="165"/>
        <source>{what} {path} is the input {given}; choose another name (inputs are never written over)</source>
        <translation>{what} {path} es la entrada {given}; elija otro nombre (las entradas nunca se sobrescriben)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="184"/>
        <source>{what} {path} is a symbolic link that loops (it points to itself); remove it or choose another {instead}</source>
        <translation>{what} {path} es un enlace simbólico en bucle (apunta a sí mismo); elimínelo o elija otro {instead}</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="199"/>
        <source>{what} {too_long}; choose a shorter name</source>
        <translation>{what} {too_long}; elija un nombre más corto</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="204"/>
        <source>{what} {shown} cannot be written ({reason}); choose another name</source>
        <translation>{what} {shown} no se puede escribir ({reason}); elija otro nombre</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="211"/>
        <source>{what} {path} is a folder</source>
        <translation>{what} {path} es una carpeta</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="214"/>
        <source>{what} {path} is {kind}, not a file; choose another name</source>
        <translation>{what} {path} es {kind}, no un archivo; elija otro nombre</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="221"/>
        <source>{what} {path} already exists; pass --overwrite (or choose another name) to replace it</source>
        <translation>{what} {path} ya existe; use --overwrite (o elija otro nombre) para reemplazarla</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="251"/>
        <source>{what} {path} cannot be written: {folder} is a file, not a folder; choose another place</source>
        <translation>{what} {path} no se puede escribir: {folder} es un archivo, no una carpeta; elija otro lugar</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="254"/>
        <source>{what} folder {parent} does not exist; create it first, or choose another folder</source>
        <translation>la carpeta de {what} {parent} no existe; créela antes o elija otra carpeta</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="229"/>
        <source>{what} {path} is not writable (check permissions)</source>
        <translation>{what} {path} no se puede escribir (revise los permisos)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="426"/>
        <source>cannot write {path}: its folder {parent} does not take new files ({reason}); nothing was written</source>
        <translation>no se puede escribir {path}: su carpeta {parent} no admite archivos nuevos ({reason}); no se escribió nada</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="71"/>
        <source>{where} must be base64 text</source>
        <translation>{where} debe ser texto base64</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="75"/>
        <source>{where} is not valid base64</source>
        <translation>{where} no es base64 válido</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="77"/>
        <source>{where} does not hold whole rows of {size} float16 values</source>
        <translation>{where} no contiene filas completas de {size} valores float16</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="81"/>
        <source>{where} holds {n} rows; at most {MAX_EXAMPLES}</source>
        <translation>{where} contiene {n} filas; como máximo {MAX_EXAMPLES}</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="84"/>
        <source>{where} holds values that are not unit feature rows</source>
        <translation>{where} contiene valores que no son filas de rasgos unitarias</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="143"/>
        <source>{path} is a folder; give a file name (e.g. {name}{SUFFIX})</source>
        <translation>{path} es una carpeta; indique un nombre de archivo (p. ej. {name}{SUFFIX})</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="147"/>
        <source>{path} is {kind}, not a file; give a file name (e.g. {name}{SUFFIX})</source>
        <translation>{path} es {kind}, no un archivo; indique un nombre de archivo (p. ej. {name}{SUFFIX})</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="167"/>
        <source>could not write concept file {path} (nothing changed there): {exc}</source>
        <translation>no se pudo escribir el archivo de concepto {path} (nada cambió allí): {exc}</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="179"/>
        <source>{where} does not exist</source>
        <translation>{where} no existe</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="181"/>
        <source>{where} is a folder; give the concept file in it (*{SUFFIX})</source>
        <translation>{where} es una carpeta; indique el archivo de concepto que contiene (*{SUFFIX})</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="187"/>
        <source>{where} is a symbolic link; give the file itself</source>
        <translation>{where} es un enlace simbólico; indique el archivo mismo</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="187"/>
        <source>{where} is not a file</source>
        <translation>{where} no es un archivo</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="190"/>
        <source>{where}: more than {MAX_BYTES:,} bytes is too large for a concept file</source>
        <translation>{where}: más de {MAX_BYTES:,} bytes es demasiado para un archivo de concepto</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="199"/>
        <source>concept file {path}</source>
        <translation>el archivo de concepto {path}</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="208"/>
        <source>{where}: not readable JSON ({reason})</source>
        <translation>{where}: JSON ilegible ({reason})</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="211"/>
        <source>{where}: JSON nested too deeply to be a concept file</source>
        <translation>{where}: JSON demasiado anidado para ser un archivo de concepto</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="213"/>
        <source>{where}: not a concept file (no &quot;format&quot;: &quot;{FORMAT}&quot;)</source>
        <translation>{where}: no es un archivo de concepto (sin &quot;format&quot;: &quot;{FORMAT}&quot;)</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="216"/>
        <source>{where}: version {version!r} is not one this plugin reads ({VERSION})</source>
        <translation>{where}: la versión {version!r} no es una que este complemento lea ({VERSION})</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="223"/>
        <source>{where}: examples must be float16 rows as long as the weights</source>
        <translation>{where}: los ejemplos deben ser filas float16 tan largas como los pesos</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>export folder</source>
        <translation>carpeta de exportación</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>preview</source>
        <translation>vista previa</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="143"/>
        <source>{path}: layer &apos;{LAYER}&apos; has no p_&lt;tag&gt; fields; it was not written by the classifier</source>
        <translation>{path}: la capa '{LAYER}' no tiene campos p_&lt;tag&gt;; no la escribió el clasificador</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="268"/>
        <source>{name}: {name2} of fid {fids} is {value:g}, not a probability (0..1); was it edited by hand? Undo the edit or classify again</source>
        <translation>{name}: {name2} del fid {fids} es {value:g}, no una probabilidad (0..1); ¿se editó a mano? Deshaga la edición o clasifique de nuevo</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="51"/>
        <source>concept name {name!r} must be 1-40 characters of a-z, 0-9 and _, starting with a letter (it becomes the fields p_&lt;name&gt; and flag_&lt;name&gt;)</source>
        <translation>el nombre de concepto {name!r} debe tener 1-40 caracteres de a-z, 0-9 y _, empezando por una letra (se convierte en los campos p_&lt;name&gt; y flag_&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="54"/>
        <source>concept name {name!r} clashes with a field the tile layer already has (a tag, a flag group or a built-in field); choose another name</source>
        <translation>el nombre de concepto {name!r} coincide con un campo que la capa de teselas ya tiene (una etiqueta, un grupo de alerta o un campo propio); elija otro nombre</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="78"/>
        <source>{where}: transform {transform!r} is not one of {TRANSFORMS}</source>
        <translation>{where}: la transformación {transform!r} no es una de {TRANSFORMS}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="81"/>
        <source>{where}: backbone_id must be a non-empty string</source>
        <translation>{where}: backbone_id debe ser un texto no vacío</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="87"/>
        <source>{where}: context {context!r} is not one of {CONTEXTS}</source>
        <translation>{where}: el contexto {context!r} no es uno de {CONTEXTS}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="90"/>
        <source>{where}: group {group!r} is not one of {CONCEPT_GROUPS}</source>
        <translation>{where}: el grupo {group!r} no es uno de {CONCEPT_GROUPS}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="93"/>
        <source>{where}: weights must be a non-empty list of numbers (not strings or booleans)</source>
        <translation>{where}: los pesos deben ser una lista no vacía de números (no textos ni booleanos)</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="97"/>
        <source>{where}: weights must be finite numbers within +-{MAX_COEFFICIENT:g}</source>
        <translation>{where}: los pesos deben ser números finitos dentro de +-{MAX_COEFFICIENT:g}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="100"/>
        <source>{where}: {size} weights but the embedding has {embedding_size} values</source>
        <translation>{where}: {size} pesos, pero el embedding tiene {embedding_size} valores</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="105"/>
        <source>{where}: {key} must be a finite number within +-{MAX_COEFFICIENT:g}</source>
        <translation>{where}: {key} debe ser un número finito dentro de +-{MAX_COEFFICIENT:g}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="108"/>
        <source>{where}: threshold must lie in [0, 1]</source>
        <translation>{where}: el umbral debe estar en [0, 1]</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="113"/>
        <source>{where}: expected an object</source>
        <translation>{where}: se esperaba un objeto</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="118"/>
        <source>unknown field(s) {names}</source>
        <translation>campo(s) desconocido(s) {names}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="118"/>
        <source>missing field(s) {names}</source>
        <translation>campo(s) que faltan {names}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="122"/>
        <source>{where}: provenance must be an object</source>
        <translation>{where}: provenance debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="78"/>
        <source>context {context!r} is not one of {CONTEXTS}</source>
        <translation>el contexto {context!r} no es uno de {CONTEXTS}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="147"/>
        <source>a concept with neighbour context needs every tile&apos;s row and column</source>
        <translation>un concepto con contexto de vecindad necesita la fila y la columna de cada tesela</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="177"/>
        <source>transform {transform!r} is not one of {TRANSFORMS}</source>
        <translation>la transformación {transform!r} no es una de {TRANSFORMS}</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="163"/>
        <source>{path}: the network has {outputs} outputs but the manifest lists {n} labels</source>
        <translation>{path}: la red tiene {outputs} salidas, pero el manifiesto enumera {n} etiquetas</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="171"/>
        <source>{path}: the manifest declares an embedding output {output!r} but the network has only {found}; re-export the bundle</source>
        <translation>{path}: el manifiesto declara una salida de embeddings {output!r}, pero la red solo tiene {found}; vuelva a exportar el paquete</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="175"/>
        <source>{path}: the network&apos;s {output} output has {found} values but the manifest says {size}</source>
        <translation>{path}: la salida {output} de la red tiene {found} valores, pero el manifiesto dice {size}</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="267"/>
        <source>{path}: the network does not fit the manifest: {found}; re-export the bundle</source>
        <translation>{path}: la red no corresponde al manifiesto: {found}; vuelva a exportar el paquete</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="302"/>
        <source>{path}: the manifest declares an embedding output but architecture {architecture!r} has no single backbone</source>
        <translation>{path}: el manifiesto declara una salida de embeddings, pero la arquitectura {architecture!r} no tiene un backbone único</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="307"/>
        <source>{path}: the network&apos;s backbone gives {size} features but the manifest&apos;s embedding has {size2}</source>
        <translation>{path}: el backbone de la red da {size} rasgos, pero el embedding del manifiesto tiene {size2}</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="390"/>
        <source>backend {backend!r} is not one of {BACKENDS}</source>
        <translation>el motor {backend!r} no es uno de {BACKENDS}</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="393"/>
        <source>device {device!r} is not one of {DEVICES}</source>
        <translation>el dispositivo {device!r} no es uno de {DEVICES}</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="410"/>
        <source>no inference backend: install onnxruntime (pip install onnxruntime) or PyTorch</source>
        <translation>ningún motor de inferencia: instale onnxruntime (pip install onnxruntime) o PyTorch</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="418"/>
        <source>backend {backend} cannot be used: {reason}</source>
        <translation>no se puede usar el motor {backend}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="130"/>
        <source>{path} was written by an older `change` without review fields; run `change` again</source>
        <translation>{path} lo escribió un `change` más antiguo, sin campos de revisión; ejecute `change` de nuevo</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="344"/>
        <source>a confirmed alert needs a cause: one of {CAUSES}</source>
        <translation>una alerta confirmada necesita una causa: una de {CAUSES}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="346"/>
        <source>a rejected alert needs a reason</source>
        <translation>una alerta rechazada necesita un motivo</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="348"/>
        <source>verdict must be {CONFIRMED}, {REJECTED} or empty, got {verdict!r}</source>
        <translation>el veredicto debe ser {CONFIRMED}, {REJECTED} o vacío, se recibió {verdict!r}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="454"/>
        <source>could not add the fields reviewed_by and review_history to {path}</source>
        <translation>no se pudieron añadir los campos reviewed_by y review_history a {path}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="498"/>
        <source>could not store the review in {path}</source>
        <translation>no se pudo guardar la revisión en {path}</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="114"/>
        <source>need 0 &lt;= min rise ({min_rise:g}) &lt;= margin ({margin:g}) &lt;= 1</source>
        <translation>se necesita 0 &lt;= aumento mínimo ({min_rise:g}) &lt;= margen ({margin:g}) &lt;= 1</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="117"/>
        <source>far quantile must lie in (0, 1), got {far_quantile:g}</source>
        <translation>el cuantil lejano debe estar en (0, 1), se recibió {far_quantile:g}</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="128"/>
        <source>{side} {scene} is not a raster file (missing, a folder or a web layer): give the raster the side was classified from, or leave it out</source>
        <translation>{side} {scene} no es un archivo ráster (falta, es una carpeta o una capa web): indique el ráster del que se clasificó ese lado, o déjelo fuera</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="144"/>
        <source>{what} {value!r} is not a date (YYYY-MM-DD)</source>
        <translation>{what} {value!r} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="147"/>
        <source>{what} {value} is in the future: give the day the scene was acquired (YYYY-MM-DD)</source>
        <translation>{what} {value} está en el futuro: indique el día en que se adquirió la escena (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="169"/>
        <source>the {what} and the {other} are both {path}; give each its own name</source>
        <translation>{what} y {other} son ambos {path}; dé a cada uno su propio nombre</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="182"/>
        <source>report {report} must end in .html</source>
        <translation>el informe {report} debe terminar en .html</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="383"/>
        <source>BEFORE ({before}) and AFTER ({after}) do not overlap enough: no AFTER tile is half covered; compare two classifications of the same place</source>
        <translation>BEFORE ({before}) y AFTER ({after}) no se solapan lo suficiente: ninguna tesela de AFTER está cubierta a medias; compare dos clasificaciones del mismo lugar</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="383"/>
        <source>BEFORE ({before}) and AFTER ({after}) do not overlap; compare two classifications of the same place</source>
        <translation>BEFORE ({before}) y AFTER ({after}) no se solapan; compare dos clasificaciones del mismo lugar</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="230"/>
        <source>could not write report {report}: {exc}</source>
        <translation>no se pudo escribir el informe {report}: {exc}</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="533"/>
        <source>BEFORE and AFTER were classified with different labels (only BEFORE: {before}; only AFTER: {after}); classify both with the same model bundle</source>
        <translation>BEFORE y AFTER se clasificaron con etiquetas distintas (solo BEFORE: {before}; solo AFTER: {after}); clasifique ambos con el mismo paquete de modelo</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="537"/>
        <source>BEFORE ({name}) and AFTER ({name2}) come from different networks (backbones {backbone} and {backbone2}): their scores and embeddings do not compare; classify both with the same model bundle</source>
        <translation>BEFORE ({name}) y AFTER ({name2}) vienen de redes distintas (backbones {backbone} y {backbone2}): sus puntuaciones y embeddings no son comparables; clasifique ambos con el mismo paquete de modelo</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="551"/>
        <source>{side} has no tiles</source>
        <translation>{side} no tiene teselas</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="687"/>
        <source>{names} have no CRS and do not record which raster they were classified from, so their tiles cannot be matched by place; classify georeferenced scenes (or classify both again with this version if they are the same raster)</source>
        <translation>{names} no tienen SRC ni registran de qué ráster se clasificaron, así que sus teselas no se pueden emparejar por lugar; clasifique escenas georreferenciadas (o vuelva a clasificar ambos con esta versión si son el mismo ráster)</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="692"/>
        <source>{names} have no CRS and were classified from different rasters ({scenes}): pixel positions say nothing about place; georeference both scenes to compare them</source>
        <translation>{names} no tienen SRC y se clasificaron de rásteres distintos ({scenes}): las posiciones de píxel no dicen nada del lugar; georreferencie ambas escenas para compararlas</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="696"/>
        <source>{names} are runs on one raster without a CRS: their alerts have no place on Earth to export (--export writes lon/lat); leave --export out</source>
        <translation>{names} son ejecuciones sobre un ráster sin SRC: sus alertas no tienen lugar en la Tierra que exportar (--export escribe lon/lat); no use --export</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="66"/>
        <source>export folder {folder} already exists; give a new folder</source>
        <translation>la carpeta de exportación {folder} ya existe; indique una carpeta nueva</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="71"/>
        <source>export folder {folder}: {parent} is not a folder</source>
        <translation>carpeta de exportación {folder}: {parent} no es una carpeta</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="71"/>
        <source>export folder {folder}: folder {parent} does not exist; create it first</source>
        <translation>carpeta de exportación {folder}: la carpeta {parent} no existe; créela antes</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="75"/>
        <source>export folder {folder} cannot be written ({parent} is not writable)</source>
        <translation>no se puede escribir la carpeta de exportación {folder} ({parent} no admite escritura)</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="107"/>
        <source>{name} has no CRS: its alerts have no place on Earth to export in lon/lat; compare georeferenced scenes to hand alerts off</source>
        <translation>{name} no tiene SRC: sus alertas no tienen lugar en la Tierra que exportar en lon/lat; compare escenas georreferenciadas para entregar alertas</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="118"/>
        <source>export folder {folder} cannot be written ({value})</source>
        <translation>no se puede escribir la carpeta de exportación {folder} ({value})</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="165"/>
        <source>AFTER&apos;s extent cannot be expressed in BEFORE&apos;s CRS, so it cannot be resampled onto its grid</source>
        <translation>la extensión de AFTER no se puede expresar en el SRC de BEFORE, así que no se puede remuestrear en su cuadrícula</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="170"/>
        <source>BEFORE ({name}) and AFTER ({name2}) do not overlap; compare two rasters of the same place</source>
        <translation>BEFORE ({name}) y AFTER ({name2}) no se solapan; compare dos rásteres del mismo lugar</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="203"/>
        <source>AFTER ({name}) cannot be opened by GDAL to resample it onto BEFORE&apos;s grid</source>
        <translation>GDAL no puede abrir AFTER ({name}) para remuestrearlo en la cuadrícula de BEFORE</translation>
    </message>
    <message>
        <location filename="../core/pipeline/familiarity.py" line="82"/>
        <source>{path}: expected (chips &gt;= 2, {size}) floats, got {shape} {dtype}</source>
        <translation>{path}: se esperaban (recortes &gt;= 2, {size}) floats, se recibió {shape} {dtype}</translation>
    </message>
    <message>
        <location filename="../core/teach/bank.py" line="98"/>
        <source>{path}: expected ({n}, rows, {size}) floats, got {shape} {dtype}</source>
        <translation>{path}: se esperaban ({n}, filas, {size}) floats, se recibió {shape} {dtype}</translation>
    </message>
    <message>
        <location filename="../core/teach/bank.py" line="102"/>
        <source>{path}: holds values that are not finite numbers; re-export the bundle</source>
        <translation>{path}: contiene valores que no son números finitos; vuelva a exportar el paquete</translation>
    </message>
    <message>
        <location filename="../core/teach/bank.py" line="167"/>
        <source>{path}: manifest metrics.{METRICS}.transform {held!r} is not one of {TRANSFORMS}; re-run python -m scripts.teach_background</source>
        <translation>{path}: metrics.{METRICS}.transform {held!r} del manifiesto no es una de {TRANSFORMS}; vuelva a ejecutar python -m scripts.teach_background</translation>
    </message>
    <message>
        <location filename="../core/teach/bank.py" line="184"/>
        <source>{path}: manifest metrics.{METRICS}.{GROUP_ROWS} must map a group to rows of the bank; re-run python -m scripts.teach_background</source>
        <translation>{path}: metrics.{METRICS}.{GROUP_ROWS} del manifiesto debe asociar un grupo a filas del banco; vuelva a ejecutar python -m scripts.teach_background</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="145"/>
        <source>tile id {text!r} is neither a fid (e.g. 12) nor ROW:COL (e.g. 3:4)</source>
        <translation>el id de tesela {text!r} no es un fid (p. ej. 12) ni ROW:COL (p. ej. 3:4)</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="156"/>
        <source>no tile at ROW:COL {text} in {name} (rows {min}..{max}, cols {min2}..{max2})</source>
        <translation>ninguna tesela en ROW:COL {text} de {name} (filas {min}..{max}, columnas {min2}..{max2})</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="163"/>
        <source>no tile with fid {fid} in {name} (fids {min}..{max})</source>
        <translation>ninguna tesela con fid {fid} en {name} (fids {min}..{max})</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="172"/>
        <source>tile GeoPackage {path} does not exist</source>
        <translation>el GeoPackage de teselas {path} no existe</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="172"/>
        <source>{path} is not a file</source>
        <translation>{path} no es un archivo</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="241"/>
        <source>{path} has no layer &apos;{LAYER}&apos;; teach works on the GeoPackage written by classify</source>
        <translation>{path} no tiene la capa '{LAYER}'; la enseñanza trabaja sobre el GeoPackage escrito por la clasificación</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="246"/>
        <source>layer &apos;{LAYER}&apos; of {path} has no {missing} field; teach works on the GeoPackage written by classify</source>
        <translation>la capa '{LAYER}' de {path} no tiene el campo {missing}; la enseñanza trabaja sobre el GeoPackage escrito por la clasificación</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="256"/>
        <source>{name}: the embeddings do not say which backbone made them (no {META_BACKBONE} layer metadata); rerun classify</source>
        <translation>{name}: los embeddings no dicen qué backbone los generó (sin el metadato de capa {META_BACKBONE}); vuelva a clasificar</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="259"/>
        <source>{name}: its embeddings come from backbone {found}, but the bundle&apos;s backbone is {backbone_id}; classify the scene again with this bundle, or pass the bundle it was classified with (--bundle)</source>
        <translation>{name}: sus embeddings vienen del backbone {found}, pero el backbone del paquete es {backbone_id}; vuelva a clasificar la escena con este paquete o indique el paquete con que se clasificó (--bundle)</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="269"/>
        <source>{name}: layer metadata {META_SIZE}/{META_DTYPE} missing or invalid; rerun classify</source>
        <translation>{name}: metadato de capa {META_SIZE}/{META_DTYPE} ausente o no válido; vuelva a clasificar</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="273"/>
        <source>{name}: its metadata says the embeddings are {size} {dtype} values, but the bundle&apos;s are {size2} {dtype2} values; rerun classify with this bundle</source>
        <translation>{name}: sus metadatos dicen que los embeddings son {size} valores {dtype}, pero los del paquete son {size2} valores {dtype2}; vuelva a clasificar con este paquete</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="279"/>
        <source>layer &apos;{LAYER}&apos; of {path} has no tiles</source>
        <translation>la capa '{LAYER}' de {path} no tiene teselas</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="282"/>
        <source>{name}: the fids of layer &apos;{LAYER}&apos; are not unique whole numbers (a table made without an integer primary key?); teach works on the GeoPackage written by classify</source>
        <translation>{name}: los fids de la capa '{LAYER}' no son números enteros únicos (¿una tabla hecha sin clave primaria entera?); la enseñanza trabaja sobre el GeoPackage escrito por la clasificación</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="287"/>
        <source>{name}: the embedding of fid {wrong} is not a BLOB (it holds text or a number); rerun classify</source>
        <translation>{name}: el embedding del fid {wrong} no es un BLOB (contiene texto o un número); vuelva a clasificar</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="292"/>
        <source>{name}: {exc}; rerun classify</source>
        <translation>{name}: {exc}; vuelva a clasificar</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="295"/>
        <source>{name}: the embedding of fid {data} holds values that are not finite numbers; rerun classify</source>
        <translation>{name}: el embedding del fid {data} contiene valores que no son números finitos; vuelva a clasificar</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="301"/>
        <source>{name}: row/col of fid {wrong} is not a whole number; rerun classify</source>
        <translation>{name}: row/col del fid {wrong} no es un número entero; vuelva a clasificar</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="314"/>
        <source>{path} cannot be read as a tile GeoPackage ({exc})</source>
        <translation>{path} no se puede leer como GeoPackage de teselas ({exc})</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="323"/>
        <source>{path} is read-only; make it writable or teach on a copy</source>
        <translation>{path} es de solo lectura; hágalo escribible o enseñe sobre una copia</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="325"/>
        <source>the folder of {path} is read-only (SQLite needs it for its journal); teach on a copy in a writable folder</source>
        <translation>la carpeta de {path} es de solo lectura (SQLite la necesita para su diario); enseñe sobre una copia en una carpeta escribible</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="351"/>
        <source>layer &apos;{LAYER}&apos; of {name} already has {taken}, which no taught concept wrote (its {META_CONCEPTS} metadata does not list &apos;{name2}&apos;): teaching would overwrite it; choose another name, or rename that field</source>
        <translation>la capa '{LAYER}' de {name} ya tiene {taken}, que ningún concepto enseñado escribió (su metadato {META_CONCEPTS} no incluye '{name2}'): enseñar lo sobrescribiría; elija otro nombre o cambie el nombre de ese campo</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="377"/>
        <source>{n} probabilities for {n2} tiles</source>
        <translation>{n} probabilidades para {n2} teselas</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="379"/>
        <source>concept probabilities must be finite numbers in 0..1</source>
        <translation>las probabilidades del concepto deben ser números finitos en 0..1</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="416"/>
        <source>{name} holds a trigger {trigger!r} that would change {table!r} when teach writes its fields; teach runs no SQL stored in a file, so it was left as it was: drop that trigger (DROP TRIGGER &quot;{trigger}&quot;) if you trust it, or teach on a layer classify wrote</source>
        <translation>{name} contiene un disparador {trigger!r} que cambiaría {table!r} cuando la enseñanza escribe sus campos; la enseñanza no ejecuta SQL guardado en un archivo, así que se dejó como estaba: elimine ese disparador (DROP TRIGGER &quot;{trigger}&quot;) si confía en él, o enseñe sobre una capa escrita por la clasificación</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="421"/>
        <source>could not write {name} (left as it was): {exc}</source>
        <translation>no se pudo escribir {name} (quedó como estaba): {exc}</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="449"/>
        <source>{name}: {bad} of fid {bad2} is {value}, not a finite number, so flag_/score_ of the groups cannot be refolded; rerun classify (or fix that value) and teach again</source>
        <translation>{name}: {bad} del fid {bad2} es {value}, no un número finito, así que flag_/score_ de los grupos no se pueden recalcular; vuelva a clasificar (o corrija ese valor) y enseñe de nuevo</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="473"/>
        <source>the layer&apos;s metadata disappeared since it was read; read it again</source>
        <translation>los metadatos de la capa desaparecieron desde que se leyeron; léala de nuevo</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="75"/>
        <source>group {group!r} is not one of {CONCEPT_GROUPS}</source>
        <translation>el grupo {group!r} no es uno de {CONCEPT_GROUPS}</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="83"/>
        <source>method {method!r} is not one of {METHODS}</source>
        <translation>el método {method!r} no es uno de {METHODS}</translation>
    </message>
    <message>
        <location filename="../core/teach/fit.py" line="227"/>
        <source>{empty} of the marked positive tiles have an empty embedding (all zeros: the network saw nothing there); unmark them</source>
        <translation>{empty} de las teselas marcadas como positivas tienen un embedding vacío (todo ceros: la red no vio nada allí); desmárquelas</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="244"/>
        <source>mark at least one positive tile (a tile that shows the concept)</source>
        <translation>marque al menos una tesela positiva (una tesela que muestre el concepto)</translation>
    </message>
    <message>
        <location filename="../core/teach/fit.py" line="576"/>
        <source>tile index {outside} is outside 0..{value}</source>
        <translation>el índice de tesela {outside} está fuera de 0..{value}</translation>
    </message>
    <message>
        <location filename="../core/teach/fit.py" line="579"/>
        <source>tile index {both} is marked both positive and negative</source>
        <translation>el índice de tesela {both} está marcado como positivo y como negativo</translation>
    </message>
    <message>
        <location filename="../core/teach/fit.py" line="242"/>
        <source>every tile is marked positive: there is nothing to tell the concept apart from</source>
        <translation>todas las teselas están marcadas como positivas: no hay nada de lo que distinguir el concepto</translation>
    </message>
    <message>
        <location filename="../core/teach/fit.py" line="602"/>
        <source>the marked tiles look like the scene&apos;s average tile (or have empty embeddings); mark other tiles</source>
        <translation>las teselas marcadas se parecen a la tesela media de la escena (o tienen embeddings vacíos); marque otras teselas</translation>
    </message>
    <message>
        <location filename="../core/teach/fit.py" line="623"/>
        <source>no negative tiles: mark some, or let unmarked tiles be drawn as background negatives (--background above 0)</source>
        <translation>ninguna tesela negativa: marque algunas o deje que se tomen teselas sin marcar como negativas de fondo (--background mayor que 0)</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="108"/>
        <source>{name} was classified with backbone {backbone_id}, not this bundle&apos;s; locate with the bundle the layer was classified with</source>
        <translation>{name} se clasificó con el backbone {backbone_id}, no el de este paquete; localice con el paquete con que se clasificó la capa</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="119"/>
        <source>{name}: its tile grid ({RUN_META}) is unreadable; classify the scene again</source>
        <translation>{name}: su cuadrícula de teselas ({RUN_META}) es ilegible; vuelva a clasificar la escena</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="148"/>
        <source>{name} does not record the raster it was classified from ({RUN_META}); classify the scene again</source>
        <translation>{name} no registra el ráster del que se clasificó ({RUN_META}); vuelva a clasificar la escena</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="152"/>
        <source>the raster {name} was classified from, {scene}, is gone (moved or deleted): put it back, or say where it is now (teach --raster), to locate tiles in it</source>
        <translation>el ráster del que se clasificó {name}, {scene}, ya no está (movido o borrado): vuelva a ponerlo o diga dónde está ahora (teach --raster) para localizar teselas en él</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="158"/>
        <source>{raster} is not the raster {name} was classified from ({why}); give that raster</source>
        <translation>{raster} no es el ráster del que se clasificó {name} ({why}); indique ese ráster</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="201"/>
        <source>no tile with fid {missing} in {name}</source>
        <translation>ninguna tesela con fid {missing} en {name}</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="274"/>
        <source>tile {fid} of {name} has no geometry</source>
        <translation>la tesela {fid} de {name} no tiene geometría</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="330"/>
        <source>the {backend} predictor returned no embeddings</source>
        <translation>el predictor {backend} no devolvió embeddings</translation>
    </message>
    <message>
        <location filename="../core/teach/review.py" line="63"/>
        <source>neighbour-weighted review needs every tile&apos;s row and column</source>
        <translation>la revisión ponderada por vecindad necesita la fila y la columna de cada tesela</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="65"/>
        <source>--save-to {target} is a file, not a folder</source>
        <translation>--save-to {target} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="71"/>
        <source>--save-to {target} is a folder this plugin did not make (no {MARKER}): it is never replaced; choose a new or empty folder</source>
        <translation>--save-to {target} es una carpeta que este complemento no creó (sin {MARKER}): nunca se reemplaza; elija una carpeta nueva o vacía</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="75"/>
        <source>--save-to {target} also holds {extra}, which the earlier save did not write; move them out or choose another folder</source>
        <translation>--save-to {target} también contiene {extra}, que el guardado anterior no escribió; sáquelos de ahí o elija otra carpeta</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="87"/>
        <source>--save-to {target} is inside the installed plugin ({PLUGIN_DIR}), which an update replaces; choose a folder of your own</source>
        <translation>--save-to {target} está dentro del complemento instalado ({PLUGIN_DIR}), que una actualización reemplaza; elija una carpeta propia</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="94"/>
        <source>--save-to {target} is inside the plugin&apos;s own model folder ({shipped}); choose a folder of your own</source>
        <translation>--save-to {target} está dentro de la carpeta de modelos del propio complemento ({shipped}); elija una carpeta propia</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="97"/>
        <source>--save-to {target} would write over the bundle it copies ({source_dir}); choose another folder</source>
        <translation>--save-to {target} sobrescribiría el paquete que copia ({source_dir}); elija otra carpeta</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="120"/>
        <source>bundle {source_dir}: folder {part!r} of {name} is a symbolic link or not a folder; saving copies only regular files inside the bundle</source>
        <translation>paquete {source_dir}: la carpeta {part!r} de {name} es un enlace simbólico o no es una carpeta; al guardar solo se copian archivos normales dentro del paquete</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="128"/>
        <source>bundle {source_dir}: {name} {why}</source>
        <translation>paquete {source_dir}: {name} {why}</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="154"/>
        <source>bundle {path} has no embedding output, so it cannot carry a concept; use a bundle exported by this version</source>
        <translation>el paquete {path} no tiene salida de embeddings, así que no puede llevar un concepto; use un paquete exportado por esta versión</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="188"/>
        <source>could not save the bundle to {target} (nothing changed there): {exc}</source>
        <translation>no se pudo guardar el paquete en {target} (nada cambió allí): {exc}</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="86"/>
        <source>the target precision must lie above 0 and below 1 (e.g. 0.8), not {value}</source>
        <translation>la precisión objetivo debe quedar por encima de 0 y por debajo de 1 (por ejemplo 0.8), no {value}</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="89"/>
        <source>--background, --top, --review, --seed and the bank weight must not be negative</source>
        <translation>--background, --top, --review, --seed y el peso del banco no pueden ser negativos</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="162"/>
        <source>bundle {path} has no embedding output, so its tiles cannot be taught on; use a bundle exported by this version</source>
        <translation>el paquete {path} no tiene salida de embeddings, así que no se puede enseñar sobre sus teselas; use un paquete exportado por esta versión</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="193"/>
        <source>answer {answer!r} is not one of {ANSWERS}</source>
        <translation>la respuesta {answer!r} no es una de {ANSWERS}</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="218"/>
        <source>the concept to continue uses context {context!r}, not {context2!r}; teach it on with the same context</source>
        <translation>el concepto que continuar usa el contexto {context!r}, no {context2!r}; siga enseñándolo con el mismo contexto</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="246"/>
        <source>mark at least one positive tile of this scene (the concept&apos;s earlier scenes are not enough to set its threshold here)</source>
        <translation>marque al menos una tesela positiva de esta escena (las escenas anteriores del concepto no bastan para fijar su umbral aquí)</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="323"/>
        <source>nothing taught yet: refit first</source>
        <translation>aún no se ha enseñado nada: reajuste antes</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="83"/>
        <source>{where} was taught on embeddings of backbone {backbone_id}, but this model&apos;s backbone is {model_backbone}; teach it again with this model</source>
        <translation>{where} se enseñó con embeddings del backbone {backbone_id}, pero el backbone de este modelo es {model_backbone}; vuelva a enseñarlo con este modelo</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="154"/>
        <source>{path}: ONNX model cannot be loaded ({reason})</source>
        <translation>{path}: no se puede cargar el modelo ONNX ({reason})</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="306"/>
        <source>alert {fid} of {name} has no geometry (edited in QGIS?): undo the edit or run `change` again</source>
        <translation>la alerta {fid} de {name} no tiene geometría (¿editada en QGIS?): deshaga la edición o ejecute `change` de nuevo</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="152"/>
        <source>could not write export folder {folder}: {reason}</source>
        <translation>no se pudo escribir la carpeta de exportación {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="161"/>
        <source>AFTER&apos;s CRS cannot be transformed to BEFORE&apos;s ({reason}), so AFTER cannot be resampled onto BEFORE&apos;s grid</source>
        <translation>el SRC de AFTER no se puede transformar al de BEFORE ({reason}), así que AFTER no se puede remuestrear en la cuadrícula de BEFORE</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="221"/>
        <source>AFTER ({name}) could not be resampled onto BEFORE&apos;s grid: {reason}</source>
        <translation>no se pudo remuestrear AFTER ({name}) en la cuadrícula de BEFORE: {reason}</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="151"/>
        <source>ROW:COL {text} names {n} tiles of {name} (fids {fids}); give the fid of the one you mean</source>
        <translation>ROW:COL {text} nombra {n} teselas de {name} (fids {fids}); indique el fid de la que quiere</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="65"/>
        <source>{path} is in use by another program that is writing it (the database is locked); finish or close that (an edit session in QGIS?) and try again</source>
        <translation>{path} está en uso por otro programa que lo está escribiendo (la base de datos está bloqueada); termine o cierre ese programa (¿una sesión de edición en QGIS?) e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="69"/>
        <source>{path} is not a GeoPackage ({exc})</source>
        <translation>{path} no es un GeoPackage ({exc})</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="71"/>
        <source>{path} holds an unfinished write (a program was stopped while writing it and left {name}-journal): open it once with write access (make the file and its folder writable) so SQLite can undo that write, then try again</source>
        <translation>{path} contiene una escritura sin terminar (un programa se detuvo mientras lo escribía y dejó {name}-journal): ábralo una vez con acceso de escritura (haga escribibles el archivo y su carpeta) para que SQLite deshaga esa escritura, e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="140"/>
        <source>{path} holds an unfinished write that SQLite could not undo ({exc})</source>
        <translation>{path} contiene una escritura sin terminar que SQLite no pudo deshacer ({exc})</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="93"/>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="109"/>
        <source>{path} is not a readable GeoPackage (or it cannot be written)</source>
        <translation>{path} no es un GeoPackage legible (o no se puede escribir)</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="109"/>
        <source>{path} is not a readable GeoPackage</source>
        <translation>{path} no es un GeoPackage legible</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="124"/>
        <source>{path} has no layer &apos;{name}&apos;; give a GeoPackage written by {written_by}</source>
        <translation>{path} no tiene la capa '{name}'; indique un GeoPackage escrito por {written_by}</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="124"/>
        <source>the classifier</source>
        <translation>el clasificador</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="250"/>
        <source>{name}: this layer was written without embeddings: rerun classify without --no-embeddings</source>
        <translation>{name}: esta capa se escribió sin embeddings: vuelva a clasificar sin --no-embeddings</translation>
    </message>
    <message>
        <location filename="../core/pipeline/familiarity.py" line="97"/>
        <source>{path}: manifest metrics.{METRICS}.distance {value!r} is not a cosine distance (0..2); re-export the bundle</source>
        <translation>{path}: metrics.{METRICS}.distance {value!r} del manifiesto no es una distancia coseno (0..2); vuelva a exportar el paquete</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="90"/>
        <source>{path} is georeferenced in {off}, off the earth: its CRS is not the one its coordinates are in (a projected raster given WGS 84?); assign the right one, e.g. gdal_edit.py -a_srs EPSG:32633 {name} for UTM zone 33N</source>
        <translation>{path} está georreferenciado en {off}, fuera de la Tierra: su SRC no es el de sus coordenadas (¿un ráster proyectado marcado como WGS 84?); asigne el correcto, p. ej. gdal_edit.py -a_srs EPSG:32633 {name} para UTM zona 33N</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="122"/>
        <source>concept {name!r} records more about its scenes and models than a concept file holds ({CONCEPT_ROOM:,} bytes); teach it afresh on this scene (without --concept)</source>
        <translation>el concepto {name!r} registra más sobre sus escenas y modelos de lo que cabe en un archivo de concepto ({CONCEPT_ROOM:,} bytes); enséñelo desde cero en esta escena (sin --concept)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="629"/>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="629"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="629"/>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="629"/>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="80"/>
        <source>model bundle {path} has no embedding output, so it cannot teach; choose a bundle exported by this version</source>
        <translation>el paquete del modelo {path} no tiene salida de embeddings, así que no puede enseñar; elija un paquete exportado por esta versión</translation>
    </message>
    <message>
        <location filename="../style.py" line="685"/>
        <source>{layer} is in edit mode: save or discard the edits first</source>
        <translation>{layer} está en modo de edición: guarde o descarte las ediciones primero</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="114"/>
        <source>{path} is no longer there ({why}): was it moved or deleted? Add the tile layer again from where it is now</source>
        <translation>{path} ya no está ahí ({why}): ¿se movió o se borró? Añada la capa de teselas de nuevo desde donde está ahora</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="164"/>
        <source>group {group} is not one of {groups}</source>
        <translation>el grupo {group} no es uno de {groups}</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="322"/>
        <source>bundle {bundle} applies its own concept '{name}' (p_{name}, flag_{name}, group {group}): classify would refuse a concept file of that name beside it; name this one otherwise ({other}), or use Save concept… (a copy of the bundle that carries it)</source>
        <translation>el paquete {bundle} aplica su propio concepto '{name}' (p_{name}, flag_{name}, grupo {group}): la clasificación rechazaría un archivo de concepto con ese nombre a su lado; llame a este de otra forma ({other}) o use Guardar concepto… (una copia del paquete que lo lleva)</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="211"/>
        <source>SQL views ({shown}), which reading it runs (one may never end)</source>
        <translation>vistas SQL ({shown}), que la lectura ejecuta (una puede no terminar nunca)</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="220"/>
        <source>{path} holds {views}; a GeoPackage written by {written_by} holds none: give the one it wrote</source>
        <translation>{path} contiene {views}; un GeoPackage escrito por {written_by} no contiene ninguna: indique el que escribió</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="79"/>
        <source>area of interest {path} holds {views}; save the area as a plain file (GeoJSON) and give that</source>
        <translation>el área de interés {path} contiene {views}; guarde el área como un archivo simple (GeoJSON) e indique ese</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="256"/>
        <source>area of interest {path}: polygon {fid} has coordinates that are not finite numbers (NaN or infinite); fix or redraw it</source>
        <translation>área de interés {path}: el polígono {fid} tiene coordenadas que no son números finitos (NaN o infinitos); corríjalo o dibújelo de nuevo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="134"/>
        <source>the raster&apos;s band descriptions name more than one band as {name} (bands {bands}): say which is which with --bands {listed}</source>
        <translation>las descripciones de banda del ráster nombran más de una banda como {name} (bandas {bands}): indique cuál es cuál con --bands {listed}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="149"/>
        <source>the raster&apos;s band descriptions ({said}) contradict the {label} layout its band count suggests: say which band is which with --bands {listed} (or describe every band)</source>
        <translation>las descripciones de banda del ráster ({said}) contradicen la disposición {label} que sugiere su número de bandas: indique qué banda es cuál con --bands {listed} (o describa todas las bandas)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/tiling.py" line="97"/>
        <source>tile {row}:{col} lies outside the raster&apos;s grid of {rows} x {cols} tiles (rows 0..{r}, cols 0..{c}): is it a tile of this raster, its row and col as classify wrote them?</source>
        <translation>la tesela {row}:{col} está fuera de la cuadrícula del ráster de {rows} x {cols} teselas (filas 0..{r}, columnas 0..{c}): ¿es una tesela de este ráster, con row y col como los escribió la clasificación?</translation>
    </message>
    <message>
        <location filename="../core/monitor/footprints.py" line="28"/>
        <source>BEFORE&apos;s CRS ({before}) and AFTER&apos;s ({after}) have no transformation between them (a local grid is tied to no place on the earth): classify both in one CRS</source>
        <translation>el SRC de BEFORE ({before}) y el de AFTER ({after}) no tienen transformación entre sí (una cuadrícula local no está ligada a ningún lugar de la Tierra): clasifique ambos en un mismo SRC</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="73"/>
        <source>band mapping names {name} twice ({given}): give each band once, e.g. {listed}</source>
        <translation>la asignación de bandas nombra {name} dos veces ({given}): indique cada banda una vez, por ejemplo {listed}</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="169"/>
        <source>concept {name!r} records more about its scenes and models than a bundle&apos;s manifest holds ({MAX_MANIFEST_BYTES:,} bytes); save it as a concept file instead</source>
        <translation>el concepto {name!r} registra más sobre sus escenas y modelos de lo que cabe en el manifiesto de un paquete ({MAX_MANIFEST_BYTES:,} bytes); guárdelo como archivo de concepto</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="673"/>
        <source>{names} are on a local grid that no datum ties to the earth: their alerts have no lon/lat to export (--export writes lon/lat); leave --export out</source>
        <translation>{names} están en una cuadrícula local que ningún datum liga a la Tierra: sus alertas no tienen lon/lat que exportar (--export escribe lon/lat); omita --export</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="110"/>
        <source>{name} is on a local grid that no datum ties to the earth: its alerts have no lon/lat to export; compare scenes georeferenced on the earth to hand alerts off</source>
        <translation>{name} está en una cuadrícula local que ningún datum liga a la Tierra: sus alertas no tienen lon/lat que exportar; compare escenas georreferenciadas en la Tierra para entregar alertas</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="211"/>
        <source>bands of {name} have different data types ({types}); write it with one first, e.g. gdal_translate -ot {gdal_type} {name} {stem}_{gdal_type}.tif</source>
        <translation>las bandas de {name} tienen tipos de datos distintos ({types}); escríbalo antes con un solo tipo, por ejemplo gdal_translate -ot {gdal_type} {name} {stem}_{gdal_type}.tif</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="479"/>
        <source>similarity</source>
        <translation>similitud</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="479"/>
        <source>logistic regression</source>
        <translation>regresión logística</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="480"/>
        <source>loaded</source>
        <translation>cargado</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="670"/>
        <source>{title} (weak for this model)</source>
        <translation>{title} (débil en este modelo)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="703"/>
        <source>{title} is weak for this model ({why}): the tiles it selects are a hint, not a finding; the map&apos;s labels leave it out.</source>
        <translation>{title} es débil en este modelo ({why}): las teselas que selecciona son un indicio, no un hallazgo; las etiquetas del mapa la omiten.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="441"/>
        <source>{name} has no CRS: tiles are written in pixel coordinates (row down is negative y) and will not line up with other layers</source>
        <translation>{name} no tiene SRC: las teselas se escriben en coordenadas de píxel (bajar una fila es y negativo) y no se alinearán con otras capas</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="444"/>
        <source>{name} is georeferenced by ground control points only: tiles are written in pixel coordinates; warp it first (gdalwarp {name} warped.tif) to line them up with other layers</source>
        <translation>{name} está georreferenciado solo por puntos de control: las teselas se escriben en coordenadas de píxel; reproyéctelo antes (gdalwarp {name} warped.tif) para alinearlas con otras capas</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="52"/>
        <source>{path} cannot be read: {odd}, where SQLite keeps the file&apos;s journal; remove it (or move the GeoPackage elsewhere)</source>
        <translation>{path} no se puede leer: {odd}, donde SQLite guarda el diario del archivo; elimínelo (o mueva el GeoPackage a otro lugar)</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="429"/>
        <source>its header declares {shape} {dtype} values, {needed:,} bytes; the file holds {held:,}</source>
        <translation>su cabecera declara {shape} valores {dtype}, {needed:,} bytes; el archivo tiene {held:,}</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="575"/>
        <source>{side} ({name}) holds tile {row}:{col} twice (fids {first}, {second}: one polygon in two features, a feature copied in QGIS?), which would be compared and alerted on twice; delete the copy or classify again</source>
        <translation>{side} ({name}) tiene la tesela {row}:{col} dos veces (fids {first}, {second}: un polígono en dos entidades, ¿una entidad copiada en QGIS?), que se compararía y alertaría dos veces; borre la copia o clasifique de nuevo</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="591"/>
        <source>{side} ({name}): {tiles} (fid {shown}) with no row and col of the grid (the row or col field deleted, renamed or edited below 0 in QGIS?), which place each tile among its neighbours; undo the edit or classify again</source>
        <translation>{side} ({name}): {tiles} (fid {shown}) sin fila ni columna de la malla (¿el campo row o col borrado, renombrado o editado por debajo de 0 en QGIS?), que sitúan cada tesela entre sus vecinas; deshaga la edición o clasifique de nuevo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="95"/>
        <source>{path} is georeferenced in {outside}, outside the area that CRS maps to the earth: its CRS is not the one its coordinates are in; assign the right one, e.g. gdal_edit.py -a_srs EPSG:32633 {name} for UTM zone 33N</source>
        <translation>{path} está georreferenciado en {outside}, fuera del área que ese SRC representa en la Tierra: su SRC no es aquel en que están sus coordenadas; asigne el correcto, p. ej. gdal_edit.py -a_srs EPSG:32633 {name} para la zona UTM 33N</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="324"/>
        <source>{name}: a block of {width}x{height} px (GDAL decodes each whole) could not be held in memory ({reason}); {retile}</source>
        <translation>{name}: un bloque de {width}x{height} px (GDAL decodifica cada uno entero) no cupo en memoria ({reason}); {retile}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="335"/>
        <source>re-tile it first, e.g. gdal_translate -co TILED=YES -co COMPRESS=DEFLATE {name} {stem}_tiled.tif</source>
        <translation>reorganícelo en bloques antes, p. ej. gdal_translate -co TILED=YES -co COMPRESS=DEFLATE {name} {stem}_tiled.tif</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="217"/>
        <source>{what} {path} is a symbolic link to {target}, which does not exist; pass --overwrite to replace the link (or choose another name)</source>
        <translation>{what} {path} es un enlace simbólico a {target}, que no existe; pase --overwrite para reemplazar el enlace (o elija otro nombre)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="285"/>
        <source>{what} {shown} cannot be given to GDAL: this Python reads file names as {encoding} (its locale); run it with PYTHONUTF8=1 or a UTF-8 locale (LANG=C.UTF-8)</source>
        <translation>{what} {shown} no se puede pasar a GDAL: este Python lee los nombres de archivo como {encoding} (su configuración regional); ejecútelo con PYTHONUTF8=1 o una configuración regional UTF-8 (LANG=C.UTF-8)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="288"/>
        <source>{what} {shown} has a name that is not UTF-8 text, which GDAL cannot be given; use a name in UTF-8 (convmv -f latin1 -t utf8 --notest FILE renames a file)</source>
        <translation>{what} {shown} tiene un nombre que no es texto UTF-8, que GDAL no puede recibir; use un nombre en UTF-8 (convmv -f latin1 -t utf8 --notest ARCHIVO renombra un archivo)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="73"/>
        <source>{path} is damaged or truncated: {cut}; re-download or re-export the raster</source>
        <translation>{path} está dañado o truncado: {cut}; descargue o exporte el ráster de nuevo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="234"/>
        <source>the JPEG ends before its end-of-image marker</source>
        <translation>el JPEG termina antes de su marcador de fin de imagen</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="65"/>
        <source>band mapping {text!r} names no band: give one like {listed}, or leave it out to let the raster&apos;s layout decide</source>
        <translation>el mapeo de bandas {text!r} no nombra ninguna banda: dé uno como {listed}, u omítalo para que la disposición del ráster decida</translation>
    </message>
    <message>
        <location filename="../runner.py" line="80"/>
        <source>raster layer {name!r} is in {shown} in QGIS, but its file says {own}: the tiles would be written in {own}; write the CRS QGIS uses into the file (gdal_edit.py -a_srs {shown} {path}) or set the layer&apos;s CRS back to {own}</source>
        <translation>la capa ráster {name!r} está en {shown} en QGIS, pero su archivo dice {own}: las teselas se escribirían en {own}; escriba en el archivo el SRC que usa QGIS (gdal_edit.py -a_srs {shown} {path}) o vuelva a poner el SRC de la capa en {own}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="133"/>
        <source>{path} lacks the field {field} of a change layer (deleted or renamed in QGIS?): run `change` again</source>
        <translation>a {path} le falta el campo {field} de una capa de cambios (¿borrado o renombrado en QGIS?): ejecute `change` de nuevo</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="132"/>
        <source>&apos;{name}&apos; is taught on {layer} already, from {positives} positive and {negatives} negative tiles marked there (the teach panel, or an earlier run), which this run would replace: give another NAME, or go on teaching it in the teach panel</source>
        <translation>'{name}' ya se enseñó en {layer}, a partir de {positives} teselas positivas y {negatives} negativas marcadas allí (el panel Enseñar un concepto, o una ejecución anterior), que esta ejecución reemplazaría: dé otro NAME, o siga enseñándolo en el panel</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="672"/>
        <source>{path} was replaced since it was opened (a new run of Change?): its alerts are read again; answer them again</source>
        <translation>{path} fue reemplazado desde que se abrió (¿una nueva ejecución de Cambio?): sus avisos se leen de nuevo; respóndalos de nuevo</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="546"/>
        <source>{side} ({name}) has no tile with a polygon: its {n} features are points, lines or without geometry (a layer saved from the tiles, such as QGIS&apos;s centroids?); give the tile layer classify wrote</source>
        <translation>{side} ({name}) no tiene ninguna tesela con polígono: sus {n} entidades son puntos, líneas o sin geometría (¿una capa guardada a partir de las teselas, como los centroides de QGIS?); dé la capa de teselas que escribió classify</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="520"/>
        <source>{side} ({name}) lacks the field score_{group} that {other_side} has (deleted or renamed in QGIS?): the two dates&apos; {group} scores would not compare; undo the edit or classify again</source>
        <translation>{side} ({name}) no tiene el campo score_{group} que {other_side} tiene (¿borrado o renombrado en QGIS?): las puntuaciones {group} de las dos fechas no serían comparables; deshaga la edición o clasifique de nuevo</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="185"/>
        <source>CONCEPTS takes concept files (.concept.json), not the layer {name!r}: give the path of a file saved by the teach panel's Save concept file… or teach --save-concept</source>
        <translation>CONCEPTS recibe archivos de concepto (.concept.json), no la capa {name!r}: dé la ruta de un archivo guardado con Guardar archivo de concepto… del panel Enseñar un concepto o con teach --save-concept</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="759"/>
        <source>{name} has no CRS in its file: the {crs} set on the layer in QGIS is not the run&apos;s, which reads the file&apos;s.</source>
        <translation>{name} no tiene SRC en su archivo: el {crs} fijado en la capa en QGIS no es el de la ejecución, que lee el del archivo.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="762"/>
        <source>Its tiles will be written in its map coordinates, without a CRS; Current map extent and Polygon layer cannot limit the area. Write that CRS into the file (gdal_edit.py -a_srs {crs} {path}) and the tiles take it.</source>
        <translation>Sus teselas se escribirán en sus coordenadas de mapa, sin SRC; Extensión actual del mapa y Capa de polígonos no pueden limitar el área. Escriba ese SRC en el archivo (gdal_edit.py -a_srs {crs} {path}) y las teselas lo tendrán.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="762"/>
        <source>Its tiles will be written in its map coordinates, without a CRS; Current map extent and Polygon layer cannot limit the area. If you know its CRS, write it into the file (gdal_edit.py -a_srs EPSG:xxxx FILE): the run reads the file&apos;s, not one set on the layer in QGIS.</source>
        <translation>Sus teselas se escribirán en sus coordenadas de mapa, sin SRC; Extensión actual del mapa y Capa de polígonos no pueden limitar el área. Si conoce su SRC, escríbalo en el archivo (gdal_edit.py -a_srs EPSG:xxxx ARCHIVO): la ejecución lee el del archivo, no uno fijado en la capa en QGIS.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="775"/>
        <source>It is georeferenced by ground control points only: its tiles will be written in pixel coordinates and will not line up with other layers; Current map extent and Polygon layer cannot limit the area. Warp it first (gdalwarp {path} warped.tif) and classify the warped file.</source>
        <translation>Está georreferenciado solo por puntos de control: sus teselas se escribirán en coordenadas de píxel y no se alinearán con otras capas; Extensión actual del mapa y Capa de polígonos no pueden limitar el área. Reproyéctelo antes (gdalwarp {path} warped.tif) y clasifique el archivo reproyectado.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="780"/>
        <source>Its tiles will be written in pixel coordinates and will not line up with other layers; Current map extent and Polygon layer cannot limit the area. It has no georeference either, so a CRS alone would not place it: georeference it first (Raster &gt; Georeferencer).</source>
        <translation>Sus teselas se escribirán en coordenadas de píxel y no se alinearán con otras capas; Extensión actual del mapa y Capa de polígonos no pueden limitar el área. Tampoco tiene georreferencia, así que un SRC solo no lo situaría: georreferéncielo antes (Ráster &gt; Georreferenciador).</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="65"/>
        <source>{name} is in {crs} in QGIS, but its file has no CRS, and the run reads the file&apos;s: its tiles carry no CRS; give the file that CRS (gdal_edit.py -a_srs {crs} {path}) where it has a geotransform, or georeference it first (Raster &gt; Georeferencer)</source>
        <translation>{name} está en {crs} en QGIS, pero su archivo no tiene SRC, y la ejecución lee el del archivo: sus teselas no tienen SRC; dé ese SRC al archivo (gdal_edit.py -a_srs {crs} {path}) si tiene una geotransformación, o georreferéncielo antes (Ráster &gt; Georreferenciador)</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="96"/>
        <source>the folder</source>
        <translation>la carpeta</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="75"/>
        <source>Y confirm · N reject (type why, Enter) · 1-4 cause · ↑/↓ next alert · Ctrl+Z undo</source>
        <translation>Y confirmar · N rechazar (escriba el motivo, Enter) · 1-4 causa · ↑/↓ siguiente aviso · Ctrl+Z deshacer</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="326"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="327"/>
        <source>Take back the last answer given here: the alert as it was before it (open, or its earlier answer); the layer&apos;s history keeps both</source>
        <translation>Deshace la última respuesta dada aquí: el aviso vuelve a estar como antes de ella (abierto, o con su respuesta anterior); el historial de la capa guarda ambas</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="642"/>
        <source>undone: alert {n} is {state} again.</source>
        <translation>deshecho: el aviso {n} vuelve a lo que era ({state}).</translation>
    </message>
    <message>
        <location filename="../core/layer/gpkg.py" line="173"/>
        <source>{path} holds the answers given to {alerts} (review, review_history): writing over it would lose them; give another output, or delete it first to start over</source>
        <translation>{path} guarda las respuestas dadas a {alerts} (review, review_history): escribir encima las perdería; elija otra salida, o bórrelo antes para empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="355"/>
        <source>Next: judge each alert on its before/after pair. Open {layer} in QGIS, Review alerts… (toolbar): Y confirms with a cause, N rejects with a reason, Ctrl+Z undoes; each answer is stored in the layer with when and by whom. Export confirmed… then hands the confirmed alerts off. The review table below counts the answers as they stood when this report was written.</source>
        <translation>Siguiente paso: juzgue cada alerta en su par antes/después. Abra {layer} en QGIS, Revisar avisos… (barra de herramientas): Y confirma con una causa, N rechaza con un motivo, Ctrl+Z deshace; cada respuesta queda en la capa, con cuándo y quién. Exportar confirmados… entrega luego las alertas confirmadas. La tabla de revisión de abajo cuenta las respuestas tal como estaban cuando se escribió este informe.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="141"/>
        <source>the SRS in {name}.aux.xml</source>
        <translation>el SRS en {name}.aux.xml</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="144"/>
        <source>{path} has a CRS ({crs}) but no georeference (no geotransform, ground control points or RPCs): nothing places its pixels in that CRS, so its tiles would not lie under the image; georeference it (QGIS: Raster &gt; Georeferencer), or remove that CRS ({remove}) to classify it in pixel coordinates</source>
        <translation>{path} tiene un SRC ({crs}) pero ninguna georreferencia (sin geotransformación, puntos de control ni RPC): nada sitúa sus píxeles en ese SRC, así que sus teselas no quedarían bajo la imagen; georreferéncielo (QGIS: Ráster &gt; Georreferenciador) o quite ese SRC ({remove}) para clasificarlo en coordenadas de píxel</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="449"/>
        <source>{name} has no CRS: tiles are written in its map coordinates without a CRS; to line them up with other layers write its CRS into the file (gdal_edit.py -a_srs EPSG:xxxx {name}) and classify again, or set the tile layer&apos;s CRS in QGIS</source>
        <translation>{name} no tiene SRC: las teselas se escriben en sus coordenadas de mapa sin SRC; para alinearlas con otras capas, escriba su SRC en el archivo (gdal_edit.py -a_srs EPSG:xxxx {name}) y clasifique de nuevo, o defina el SRC de la capa de teselas en QGIS</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="508"/>
        <source>earlier: {answer}</source>
        <translation>respuesta anterior: {answer}</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="265"/>
        <source>history:</source>
        <translation>historial:</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="292"/>
        <source>Confirmed alerts</source>
        <translation>Alertas confirmadas</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="292"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="294"/>
        <source>review</source>
        <translation>revisión</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="296"/>
        <source>From {name}. Coordinates: tile centre, WGS 84 (lat, lon). Thumbnails: the tile outlined in the BEFORE and AFTER scene.</source>
        <translation>De {name}. Coordenadas: centro de la tesela, WGS 84 (lat., lon.). Miniaturas: el contorno de la tesela en las escenas de ANTES y DESPUÉS.</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="588"/>
        <source>{done}; every alert answered ({confirmed} confirmed, {rejected} rejected): Export confirmed… hands the confirmed ones off; Ctrl+Z takes the last answer back.</source>
        <translation>{done}; todos los avisos respondidos (confirmados: {confirmed}, rechazados: {rejected}): Exportar confirmados… entrega los confirmados; Ctrl+Z deshace la última respuesta.</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="309"/>
        <source>your name, stored with each answer</source>
        <translation>su nombre, guardado con cada respuesta</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="310"/>
        <source>Who answers: stored with each answer (reviewed_by, review_history) and kept for the next session; the login until a name is given</source>
        <translation>Quién responde: se guarda con cada respuesta (reviewed_by, review_history) y se conserva para la próxima sesión; el usuario del sistema hasta que se dé un nombre</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="316"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="397"/>
        <source>temporary: Processing&apos;s temporary output, deleted when QGIS closes with every answer given to it; copy {path} elsewhere and open the copy, or give Change a file for its output</source>
        <translation>temporal: salida temporal de Procesos, que se borra al cerrar QGIS con todas las respuestas dadas en ella; copie {path} a otro lugar y abra la copia, o dé al algoritmo de cambios un archivo como salida</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="424"/>
        <source>No alerts in {name}: nothing new between the two dates under the alert rule.</source>
        <translation>Ningún aviso en {name}: nada nuevo entre las dos fechas según la regla de alerta.</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="401"/>
        <source>temporary: deleted when QGIS closes</source>
        <translation>temporal: se borra al cerrar QGIS</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="427"/>
        <source>warning: temporary: copy {name} elsewhere and open the copy, or give Change a file (its path: the header&apos;s tooltip)</source>
        <translation>advertencia: temporal: copie {name} a otro lugar y abra la copia, o dé un archivo como salida al algoritmo de cambios (su ruta: en la información del encabezado)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="199"/>
        <source>{path} is a temporary output, deleted when QGIS closes with every answer given to its alerts in the Alerts dock: run Change again with a file for its output before reviewing, or copy this one elsewhere</source>
        <translation>{path} es una salida temporal, que se borra al cerrar QGIS con todas las respuestas dadas a sus avisos en el panel Avisos de cambio: ejecute de nuevo el algoritmo de cambios con un archivo como salida antes de revisar, o copie este a otro lugar</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="69"/>
        <source>Answered: confirmed</source>
        <translation>Respondido: confirmado</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="69"/>
        <source>Answered: rejected</source>
        <translation>Respondido: rechazado</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="141"/>
        <source>the SRS element in {name}</source>
        <translation>el elemento SRS en {name}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="136"/>
        <source>{path}: its field {field} holds {kind} values, not text as a change layer&apos;s does (its type changed in QGIS, Refactor fields?), so answers written into it would be lost: set it back to text (String), or run `change` again</source>
        <translation>{path}: su campo {field} guarda valores {kind}, no texto como el de una capa de cambios (¿se cambió su tipo en QGIS, Refactorizar campos?), así que las respuestas escritas en él se perderían: vuelva a ponerlo como texto (String), o ejecute `change` de nuevo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="118"/>
        <source>{path} holds pixels of GDAL type {types}, which the classifier does not read (it reads {supported}); write a copy of a type it reads, e.g. gdal_translate -ot Float32 {name} {stem}_Float32.tif</source>
        <translation>{path} tiene píxeles del tipo GDAL {types}, que el clasificador no lee (lee {supported}); escriba una copia de un tipo que lea, p. ej. gdal_translate -ot Float32 {name} {stem}_Float32.tif</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="229"/>
        <source>this write changes no geometry</source>
        <translation>esta escritura no cambia ninguna geometría</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="442"/>
        <source>{name} holds a trigger {trigger!r} that would change {table!r} when an answer is written; no SQL stored in a file is run, so it was left as it was: drop that trigger (DROP TRIGGER &quot;{trigger}&quot;) if you trust it, or run `change` again</source>
        <translation>{name} contiene un disparador {trigger!r} que cambiaría {table!r} al escribir una respuesta; no se ejecuta ningún SQL guardado en un archivo, así que se dejó como estaba: elimine ese disparador (DROP TRIGGER &quot;{trigger}&quot;) si confía en él, o ejecute `change` de nuevo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="135"/>
        <source>{path} is georeferenced by RPCs only (a scene not orthorectified, such as a Planet Basic product), which a run does not apply: its tiles would lie at its pixel positions taken for {crs} coordinates; orthorectify it first (gdalwarp -rpc -t_srs EPSG:xxxx {name} {stem}_ortho.tif) and classify that</source>
        <translation>{path} está georreferenciado solo por RPC (una escena no ortorrectificada, como un producto Planet Basic), que una ejecución no aplica: sus teselas quedarían en sus posiciones de píxel tomadas como coordenadas de {crs}; ortorrectifíquelo antes (gdalwarp -rpc -t_srs EPSG:xxxx {name} {stem}_ortho.tif) y clasifique el resultado</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="437"/>
        <source>{name} is georeferenced by RPCs only: tiles are written in pixel coordinates; orthorectify it first (gdalwarp -rpc -t_srs EPSG:xxxx {name} ortho.tif) to line them up with other layers</source>
        <translation>{name} está georreferenciado solo por RPC: las teselas se escriben en coordenadas de píxel; ortorrectifíquelo antes (gdalwarp -rpc -t_srs EPSG:xxxx {name} ortho.tif) para alinearlas con otras capas</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="309"/>
        <source>alert {fid} of {name} is no tile polygon (its geometry edited in QGIS into a point, a line or a shape without area?): undo the edit or run `change` again</source>
        <translation>la alerta {fid} de {name} no es un polígono de tesela (¿su geometría se editó en QGIS como un punto, una línea o una forma sin área?): deshaga la edición o ejecute `change` de nuevo</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="326"/>
        <source>{name}: {alerts}, each to judge on its before/after pair</source>
        <translation>{name}: {alerts}, cada uno a juzgar en su par antes/después</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="191"/>
        <source>{layers} is drawn over {name}: the map around the tile shows it, not the scene the chips are cut from. Move {name} above it in the Layers panel to see what you judge.</source>
        <translation>{layers} se dibuja sobre {name}: el mapa alrededor de la tesela muestra esa capa, no la escena de la que se cortan los recortes. Mueva {name} por encima de ella en el panel Capas para ver lo que juzga.</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="153"/>
        <source>BEFORE ({name}) is not north-up (its geotransform is rotated or flipped), and change puts AFTER on BEFORE&apos;s pixel grid: warp it north-up first (gdalwarp {name} {stem}_north.tif) and compare that, or classify each raster and compare the two tile layers</source>
        <translation>BEFORE ({name}) no tiene el norte arriba (su geotransformación está girada o invertida), y change pone AFTER en la malla de píxeles de BEFORE: reproyéctelo con el norte arriba antes (gdalwarp {name} {stem}_north.tif) y compare el resultado, o clasifique cada ráster y compare las dos capas de teselas</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="495"/>
        <source>could not store the review in {path}: its folder {folder} does not take new files ({reason}), which SQLite needs beside the file; copy the change layer to a folder you can write and answer there</source>
        <translation>no se pudo guardar la revisión en {path}: su carpeta {folder} no admite archivos nuevos ({reason}), que SQLite necesita junto al archivo; copie la capa de cambios a una carpeta en la que pueda escribir y responda allí</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="100"/>
        <source>area of interest {path} holds {n} layers of polygons ({names}): say which is the area by saving it as a file of its own (ogr2ogr area.gpkg {path} {name}) and giving that</source>
        <translation>el área de interés {path} contiene {n} capas de polígonos ({names}): diga cuál es el área guardándola como un archivo propio (ogr2ogr area.gpkg {path} {name}) y dando ese archivo</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="119"/>
        <source>{side} is a symbolic link (to {target})</source>
        <translation>{side} es un enlace simbólico (a {target})</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="233"/>
        <source>probabilities</source>
        <translation>probabilidades</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="233"/>
        <source>embeddings</source>
        <translation>embeddings</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="235"/>
        <source>{path}: the network gives {what} that are not numbers (NaN or infinite): the bundle is damaged, or its network diverged in training; re-export it</source>
        <translation>{path}: la red da {what} que no son números (NaN o infinitos): el paquete está dañado, o su red divergió en el entrenamiento; expórtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../task.py" line="26"/>
        <source>Planet classifier: {scene}</source>
        <translation>Planet classifier: clasificación de {scene}</translation>
    </message>
    <message>
        <location filename="../task.py" line="76"/>
        <source>Planet classifier: installing {names}</source>
        <translation>Planet classifier: instalando {names}</translation>
    </message>
    <message>
        <location filename="../task.py" line="87"/>
        <source>installing {names} failed: {error}</source>
        <translation>la instalación de {names} falló: {error}</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="121"/>
        <source>{path} has no layer &apos;{name}&apos; (it holds &apos;{held}&apos;: saved under another name?); name it back: ogrinfo {path} -sql &quot;ALTER TABLE {held} RENAME TO {name}&quot;</source>
        <translation>{path} no tiene la capa '{name}' (contiene '{held}': ¿guardada con otro nombre?); vuelva a nombrarla: ogrinfo {path} -sql &quot;ALTER TABLE {held} RENAME TO {name}&quot;</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="177"/>
        <source>updating…</source>
        <translation>actualizando…</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="296"/>
        <source>Before: {before}; after: {after}.</source>
        <translation>Antes: {before}; después: {after}.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="332"/>
        <source>unknown answer</source>
        <translation>respuesta desconocida</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="350"/>
        <source>export folder {folder} is not empty ({items}): choose an empty folder or a new one (the export is written whole, never among files already there)</source>
        <translation>la carpeta de exportación {folder} no está vacía ({items}): elija una carpeta vacía o nueva (la exportación se escribe entera, nunca entre archivos que ya están allí)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="350"/>
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="350"/>
        <source>items</source>
        <translation>elementos</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="117"/>
        <source>Export alerts to a folder (new or empty)</source>
        <translation>Exportar avisos a una carpeta (nueva o vacía)</translation>
    </message>
    <message>
        <location filename="../core/layer/gpkg.py" line="183"/>
        <source>concept</source>
        <translation>concepto</translation>
    </message>
    <message>
        <location filename="../core/layer/gpkg.py" line="183"/>
        <source>concepts</source>
        <translation>conceptos</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="349"/>
        <source>{compared}, {left_out} (not covered by the before scene); {alerts}: {by_confidence}.</source>
        <translation>{compared}, {left_out} (sin cobertura de la escena de antes); {alerts}: {by_confidence}.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="350"/>
        <source>tile compared</source>
        <translation>tesela comparada</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="350"/>
        <source>tiles compared</source>
        <translation>teselas comparadas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="350"/>
        <source>tile left out</source>
        <translation>tesela dejada fuera</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="350"/>
        <source>tiles left out</source>
        <translation>teselas dejadas fuera</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="769"/>
        <source>It is georeferenced by RPCs only (a scene not orthorectified, such as a Planet Basic product): QGIS draws it in place by warping it on the fly, the run does not. Its tiles will be written in pixel coordinates and will not line up with other layers; Current map extent and Polygon layer cannot limit the area. Orthorectify it first (gdalwarp -rpc -t_srs EPSG:xxxx {path} ortho.tif) and classify the orthorectified file.</source>
        <translation>Está georreferenciado solo por RPC (una escena no ortorrectificada, como un producto Planet Basic): QGIS la dibuja en su sitio reproyectándola al vuelo, la ejecución no. Sus teselas se escribirán en coordenadas de píxel y no se alinearán con otras capas; Extensión actual del mapa y Capa de polígonos no pueden limitar el área. Ortorrectifíquela antes (gdalwarp -rpc -t_srs EPSG:xxxx {path} ortho.tif) y clasifique el archivo ortorrectificado.</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="380"/>
        <source>model bundle {folder}: {name} is {what}, not a file; put the bundle&apos;s file back, or re-export the bundle</source>
        <translation>el paquete del modelo {folder}: {name} es {what}, no un archivo; vuelva a poner el archivo del paquete, o exporte el paquete de nuevo</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="380"/>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="118"/>
        <source>p &gt;= {t}</source>
        <translation>p &gt;= {t}</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="118"/>
        <source>threshold unknown</source>
        <translation>umbral desconocido</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="120"/>
        <source>expected precision {precision} from {answers} labelled tiles where taught</source>
        <translation>precisión esperada {precision} a partir de {answers} teselas etiquetadas donde se enseñó</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="120"/>
        <source>expected precision unknown</source>
        <translation>precisión esperada desconocida</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="123"/>
        <source>taught on this layer</source>
        <translation>enseñado en esta capa</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="123"/>
        <source>applied from a concept taught on {scenes}</source>
        <translation>aplicado desde un concepto enseñado en {scenes}</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="124"/>
        <source>the bundle&apos;s own concept</source>
        <translation>concepto propio del paquete</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="124"/>
        <source>source unknown</source>
        <translation>origen desconocido</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="124"/>
        <source>unknown scenes</source>
        <translation>escenas desconocidas</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="126"/>
        <source>; held unconfirmed here, nothing flagged</source>
        <translation>; retenido como no confirmado aquí, nada señalado</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="141"/>
        <source>concept file</source>
        <translation>archivo de concepto</translation>
    </message>
    <message>
        <location filename="../teach_dock/refit.py" line="66"/>
        <source>Planet classifier: refitting {name}</source>
        <translation>Planet classifier: reajustando {name}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="326"/>
        <source>alert id {fid!r} is not a whole number; give the fid of an alert (read_alerts&apos; rows)</source>
        <translation>el id de alerta {fid!r} no es un número entero; dé el fid de una alerta (las filas de read_alerts)</translation>
    </message>
    <message>
        <location filename="../core/layer/gpkg.py" line="186"/>
        <source>{path} is a tile layer carrying {concepts} ({fields}): writing over it would lose them; give another output, or delete the file first to start over</source>
        <translation>{path} es una capa de teselas que lleva {concepts} ({fields}): escribir encima los perdería; elija otra salida, o borre el archivo antes para empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="291"/>
        <source>new flag held back</source>
        <translation>señal nueva retenida</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="291"/>
        <source>new flags held back</source>
        <translation>señales nuevas retenidas</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="136"/>
        <source>could not put {path} in place ({reason}); what was there is left as it was</source>
        <translation>no se pudo poner {path} en su lugar ({reason}); lo que había allí quedó como estaba</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="480"/>
        <source>tile {fid} raised none</source>
        <translation>la tesela {fid} no levantó ninguna</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="480"/>
        <source>no tile has that fid</source>
        <translation>ninguna tesela tiene ese fid</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="481"/>
        <source>{path} has no alert with id {fid} ({why}); its alerts are fids {fids} (read_alerts(path).rows, numbered from 1 as the report and the Alerts dock number them)</source>
        <translation>{path} no tiene alerta con id {fid} ({why}); sus alertas son los fids {fids} (read_alerts(path).rows, numerados desde 1 como los numeran el informe y el panel Alertas)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="722"/>
        <source>exporting {alerts}…</source>
        <translation>exportando {alerts}…</translation>
    </message>
    <message>
        <location filename="../alerts_export.py" line="61"/>
        <source>confirmed alert</source>
        <translation>aviso confirmado</translation>
    </message>
    <message>
        <location filename="../alerts_export.py" line="61"/>
        <source>confirmed alerts</source>
        <translation>avisos confirmados</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="130"/>
        <source>Store tile embeddings (to teach concepts)</source>
        <translation>Guardar los embeddings de las teselas (para enseñar conceptos)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="60"/>
        <source>&apos;More positive tiles&apos; selects positives by expression, for qgis_process and models, where nothing is selected.</source>
        <translation>'Más teselas positivas' selecciona positivas por expresión, para qgis_process y modelos, donde no hay nada seleccionado.</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="71"/>
        <source>More positive tiles (expression, where none is selected)</source>
        <translation>Más teselas positivas (expresión, donde no hay nada seleccionado)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="75"/>
        <source>Model bundle of the classification (empty = the bundled model)</source>
        <translation>Paquete del modelo de la clasificación (vacío = el modelo incluido)</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="106"/>
        <source>{path} is read-only (its permissions, or made immutable), so nothing can be written into it; make it writable, or work on a copy</source>
        <translation>{path} es de solo lectura (sus permisos, o hecho inmutable), así que no se puede escribir nada en él; hágalo escribible, o trabaje en una copia</translation>
    </message>
    <message>
        <location filename="../core/layer/gpkg.py" line="189"/>
        <source>{path} carries {concepts} ({fields}) that this run would not write again: writing over it would lose them; give another output, apply the saved concept in this run (--concept FILE; in Processing, Apply concept files), or delete the file first to start over</source>
        <translation>{path} lleva {concepts} ({fields}) que esta ejecución no volvería a escribir: escribir encima los perdería; elija otra salida, aplique el concepto guardado en esta ejecución (--concept ARCHIVO; en Processing, Aplicar archivos de concepto), o borre el archivo antes para empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="401"/>
        <source>unknown answers</source>
        <translation>respuestas desconocidas</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="71"/>
        <source>{open} and {unknown}</source>
        <translation>{open} y {unknown}</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="401"/>
        <source>{unknown} (typed by hand in the review field, no answer: answer with Y or N)</source>
        <translation>{unknown} (escrita a mano en el campo review, ninguna respuesta: responda con Y o N)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="503"/>
        <source>unknown answer: {review} (typed by hand: answer it with Y or N)</source>
        <translation>respuesta desconocida: {review} (escrita a mano: responda con Y o N)</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="175"/>
        <source>the {what} {path} is inside the export folder {folder}, which is written whole (a new or empty folder): put the {what} elsewhere, or export to a folder of its own</source>
        <translation>{what} {path} está dentro de la carpeta de exportación {folder}, que se escribe entera (una carpeta nueva o vacía): ponga {what} en otro lugar, o exporte a una carpeta propia</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="723"/>
        <source>Cancel export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="734"/>
        <source>cancelling the export…</source>
        <translation>cancelando la exportación…</translation>
    </message>
    <message>
        <location filename="../alerts_export.py" line="21"/>
        <source>export cancelled: nothing written</source>
        <translation>exportación cancelada: no se escribió nada</translation>
    </message>
    <message>
        <location filename="../alerts_export.py" line="61"/>
        <source>Planet classifier: exporting {alerts}</source>
        <translation>Planet classifier: exportando {alerts}</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="442"/>
        <source>Concept flags on AFTER: {concepts}.</source>
        <translation>Señales de conceptos en DESPUÉS: {concepts}.</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="637"/>
        <source>undone: alert {n} holds {review} again, as typed by hand (an unknown answer: answer it with Y or N).</source>
        <translation>deshecho: el aviso {n} vuelve a tener {review}, como se escribió a mano (una respuesta desconocida: responda con Y o N).</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="475"/>
        <source>the project was closed; the export under way goes on: Cancel export stops it</source>
        <translation>el proyecto se cerró; la exportación en curso sigue: Cancelar exportación la detiene</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="709"/>
        <source>No confirmed alert to export yet: confirm one with Y first ({rejected} rejected, {left}).</source>
        <translation>Aún no hay ningún aviso confirmado para exportar: confirme uno con Y primero (rechazados: {rejected}; {left}).</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="364"/>
        <source>{held_back}, on {tiles}: each is shown on its before/after pair below the alerts, with why (the change layer&apos;s held_back field).</source>
        <translation>{held_back}, en {tiles}: cada una se muestra en su par antes/después debajo de las alertas, con el motivo (el campo held_back de la capa de cambios).</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="412"/>
        <source>new flags held back, and why</source>
        <translation>señales nuevas retenidas, y por qué</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="421"/>
        <source>Showing the {shown} first of {n} tiles held back; the change GeoPackage has all.</source>
        <translation>Se muestran las {shown} primeras de {n} teselas retenidas; el GeoPackage de cambios las tiene todas.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="424"/>
        <source>New flags held back</source>
        <translation>Señales nuevas retenidas</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="265"/>
        <source>{what} {path} is a file or folder named &apos;-&apos;, not standard output (the command writes files only); give a name</source>
        <translation>{what} {path} es un archivo o carpeta llamado '-', no la salida estándar (el comando solo escribe archivos); dé un nombre</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="167"/>
        <source>{what} {value} is not text ({kind}); give it as text</source>
        <translation>{what} {value} no es texto ({kind}); dalo como texto</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="303"/>
        <source>{name} is damaged or truncated: none of its blocks was ever written (a write or download stopped before its end?), so it holds zeros only; re-download or re-export the raster</source>
        <translation>{name} está dañado o truncado: ninguno de sus bloques se escribió nunca (¿una escritura o descarga detenida antes de su fin?), así que solo contiene ceros; descargue o exporte el ráster de nuevo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="311"/>
        <source>{name}: {share:.3g} % of its pixels lie in blocks never written, which read as zeros (it declares no nodata value): their tiles are classified as black ground; if they hold no data (a warp onto a larger grid, a sparse file), classify a copy that says so: gdal_translate -of VRT -a_nodata 0 {name} {stem}_nodata.vrt; if a write stopped before its end, re-export it</source>
        <translation>{name}: el {share:.3g} % de sus píxeles está en bloques nunca escritos, que se leen como ceros (no declara valor de nodata): sus teselas se clasifican como suelo negro; si no contienen datos (una reproyección sobre una cuadrícula mayor, un archivo disperso), clasifique una copia que lo diga: gdal_translate -of VRT -a_nodata 0 {name} {stem}_nodata.vrt; si una escritura se detuvo antes de su fin, expórtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="422"/>
        <source>the time of an answer must be a datetime, not {kind} {value}</source>
        <translation>la hora de una respuesta debe ser un datetime, no {kind} {value}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="427"/>
        <source>the time of an answer, {value}, cannot be put in UTC (out of range)</source>
        <translation>la hora de una respuesta, {value}, no puede ponerse en UTC (fuera de rango)</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="430"/>
        <source>the time of an answer, {stamp}, is in the future; give when it was given (or none: now)</source>
        <translation>la hora de una respuesta, {stamp}, está en el futuro; dé cuándo se dio (o ninguna: ahora)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="235"/>
        <source>the raster is on a local grid that no datum ties to the earth, so an area of interest in another CRS cannot be placed on it; give it as a file saved in the raster&apos;s own CRS</source>
        <translation>el ráster está en una cuadrícula local que ningún datum liga a la Tierra, así que un área de interés en otro SRC no puede situarse en él; dela como un archivo guardado en el propio SRC del ráster</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="287"/>
        <source>No alert on show: its before and after images appear here.</source>
        <translation>Ninguna alerta a la vista: sus imágenes de antes y después aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="530"/>
        <source>{side} ({name}) lacks the field p_{tag} that {other_side} has, though one model classified both (deleted or renamed in QGIS?); undo the edit or classify again</source>
        <translation>{side} ({name}) no tiene el campo p_{tag} que {other_side} tiene, aunque un solo modelo clasificó ambos (¿borrado o renombrado en QGIS?); deshaga la edición o clasifique de nuevo</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="276"/>
        <source>{held} ({partial} on a partial tile, {cloud} under cloud, {unclear} where BEFORE was not clear, {small} with too small a rise)</source>
        <translation>{held} ({partial} en una tesela parcial, {cloud} bajo nubes, {unclear} donde ANTES no estaba despejado, {small} con un aumento demasiado pequeño)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="434"/>
        <source>(95 % interval {low:.3f}–{high:.3f})</source>
        <translation>(intervalo del 95 % {low:.3f}–{high:.3f})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/familiarity.py" line="144"/>
        <source>this scene looks unlike the training data: {share:.0f} % of its tiles are farther from every training chip than {percentile:.0f} % of the training chips are from each other; its tags and its {flags} are unreliable here (teach concepts on this scene, or retrain with similar imagery)</source>
        <translation>esta escena no se parece a los datos de entrenamiento: el {share:.0f} % de sus teselas está más lejos de cada recorte de entrenamiento que el {percentile:.0f} % de los recortes de entrenamiento entre sí; sus etiquetas y sus {flags} no son fiables aquí (enseñe conceptos en esta escena o reentrene con imágenes similares)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/familiarity.py" line="148"/>
        <source>this scene looks unlike the training data: {share:.0f} % of its tiles are farther from every training chip than {percentile:.0f} % of the training chips are from each other; its tags are unreliable here (teach concepts on this scene, or retrain with similar imagery)</source>
        <translation>esta escena no se parece a los datos de entrenamiento: el {share:.0f} % de sus teselas está más lejos de cada recorte de entrenamiento que el {percentile:.0f} % de los recortes de entrenamiento entre sí; sus etiquetas no son fiables aquí (enseñe conceptos en esta escena o reentrene con imágenes similares)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/familiarity.py" line="151"/>
        <source>flag</source>
        <translation>alerta</translation>
    </message>
    <message>
        <location filename="../core/pipeline/familiarity.py" line="151"/>
        <source>flags</source>
        <translation>alertas</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="289"/>
        <source>{flags} on {tiles} where BEFORE did not see the ground (haze: p_clear under {clear:g}; or cloud): a change there makes no alert. Compare AFTER with a clearer BEFORE date of this place; meanwhile judge those tiles on their before/after pair (the report&apos;s New flags held back)</source>
        <translation>{flags} en {tiles} donde ANTES no vio el suelo (bruma: p_clear por debajo de {clear:g}; o nube): un cambio allí no genera alerta. Compare DESPUÉS con una fecha de ANTES más despejada de este lugar; mientras tanto, juzgue esas teselas en su par antes/después (Señales nuevas retenidas, en el informe)</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="296"/>
        <source>{tiles} whose new flags the alert rule held back (no alerts: a partial tile, cloud, a BEFORE not seen clear, too small a rise) are in held_back.csv and held_back.geojson, status &apos;held back&apos;, each flag with why; the change report shows each on its before/after pair.</source>
        <translation>{tiles} cuyas señales nuevas retuvo la regla de alerta (no son alertas: una tesela parcial, nube, un ANTES no visto despejado, una subida demasiado pequeña) están en held_back.csv y held_back.geojson, estado 'held back', cada señal con su porqué; el informe de cambios muestra cada una en su par antes/después.</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="255"/>
        <source>{name}: {name2} of fid {fid} is {shown}, not a number ({tiles} of {total} hold no number there); was it edited by hand? Undo the edit or classify again</source>
        <translation>{name}: {name2} del fid {fid} es {shown}, no un número ({tiles} de {total} no tienen número en ese campo); ¿se editó a mano? Deshaga la edición o clasifique de nuevo</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="340"/>
        <source>a reason of {n:,} characters is longer than the {most:,} an answer keeps; shorten it (a longer account belongs in a file the reason names)</source>
        <translation>un motivo de {n:,} caracteres es más largo que los {most:,} que guarda una respuesta; acórtelo (un relato más largo cabe en un archivo que el motivo nombre)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="262"/>
        <source>where none of the sources of {name} reaches</source>
        <translation>donde no llega ninguna de las fuentes de {name}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="263"/>
        <source>in blocks of {name} never written</source>
        <translation>en bloques de {name} nunca escritos</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="299"/>
        <source>none of the sources of {name} reaches its extent, so it holds zeros only: are its sources placed where it says (their DstRect, its GeoTransform)? Rebuild it, e.g. gdalbuildvrt {name} SCENES...</source>
        <translation>ninguna de las fuentes de {name} llega a su extensión, así que solo contiene ceros: ¿están sus fuentes donde dice (su DstRect, su GeoTransform)? Rehágalo, p. ej. gdalbuildvrt {name} ESCENAS...</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="307"/>
        <source>{name}: {share:.3g} % of its pixels lie where none of its sources reaches, which read as zeros (it declares no NoDataValue): their tiles are classified as black ground; to skip them, classify a copy that says they hold no data: gdal_translate -of VRT -a_nodata 0 {name} {stem}_nodata.vrt (or gdalbuildvrt -vrtnodata 0)</source>
        <translation>{name}: el {share:.3g} % de sus píxeles está donde no llega ninguna de sus fuentes, que se leen como ceros (no declara NoDataValue): sus teselas se clasifican como suelo negro; para saltarlas, clasifique una copia que diga que no contienen datos: gdal_translate -of VRT -a_nodata 0 {name} {stem}_nodata.vrt (o gdalbuildvrt -vrtnodata 0)</translation>
    </message>
    <message>
        <location filename="../style.py" line="283"/>
        <source>Marked: yes</source>
        <translation>Marcada: sí</translation>
    </message>
    <message>
        <location filename="../style.py" line="283"/>
        <source>Marked: no</source>
        <translation>Marcada: no</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>Several signals</source>
        <translation>Varias señales</translation>
    </message>
    <message>
        <location filename="../core/pipeline/sources.py" line="133"/>
        <source>{what} {path} is read by the input {raster} (a source or sidecar of it); choose another name (inputs are never written over)</source>
        <translation>{what} {path} lo lee la entrada {raster} (una fuente o archivo auxiliar suyo); elija otro nombre (las entradas nunca se sobrescriben)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="318"/>
        <source>BEFORE → AFTER</source>
        <translation>ANTES → DESPUÉS</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="362"/>
        <source>How alerts are decided</source>
        <translation>Cómo se deciden las alertas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="425"/>
        <source>Flags AFTER raised on these tiles that made no alert, and why (the alert rule, at the end): a partial tile, cloud on a date, a tile BEFORE did not see clear, or too small a rise over BEFORE&apos;s score.</source>
        <translation>Señales levantadas por DESPUÉS en estas teselas que no dieron alerta, y por qué (la regla de alerta, al final): una tesela parcial, nubes en una de las fechas, una tesela que ANTES no vio despejada, o una subida demasiado pequeña sobre la puntuación de ANTES.</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="105"/>
        <source>saved {name} into {folder}: Classify raster now uses it</source>
        <translation>{name} guardado en {folder}: Clasificar ráster ahora lo usa</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="169"/>
        <source>A concept only loaded here is written as a file once refitted here: mark or answer a tile on this layer first (the file it came from is the concept as it stands)</source>
        <translation>Un concepto solo cargado aquí se escribe como archivo una vez reajustado aquí: marque o responda antes una tesela de esta capa (el archivo del que vino es el concepto tal como está)</translation>
    </message>
    <message>
        <location filename="../core/monitor/batch_run.py" line="202"/>
        <source>output {path} cannot be written: {deep}</source>
        <translation>la salida {path} no se puede escribir: {deep}</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="39"/>
        <source>its full name is {n} bytes long, more than the {most} under which SQLite opens a GeoPackage: use a folder nearer the root</source>
        <translation>su nombre completo tiene {n} bytes, más que los {most} con que SQLite abre un GeoPackage: use una carpeta más cerca de la raíz</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="49"/>
        <source>{path} cannot be opened: {deep}</source>
        <translation>{path} no se puede abrir: {deep}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="83"/>
        <source>area of interest {path} cannot be opened: {deep}</source>
        <translation>el área de interés {path} no se puede abrir: {deep}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/sources.py" line="88"/>
        <source>cannot be opened: {deep}</source>
        <translation>no se puede abrir: {deep}</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="198"/>
        <source>model bundle: {name}, {path}</source>
        <translation>paquete del modelo: {name}, {path}</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="198"/>
        <source>the bundled model (BUNDLE is empty)</source>
        <translation>el modelo incluido (BUNDLE está vacío)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="213"/>
        <source>device: {device}, backend: {backend}; bands: {bands}</source>
        <translation>dispositivo: {device}, motor: {backend}; bandas: {bands}</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="155"/>
        <source>taught &apos;{name}&apos; ({group}) from {positives} positive and {negatives} negative tile(s) by {method}; flag_{name} (p &gt;= {t:.2f}) is set on {flagged} of {tiles} tiles</source>
        <translation>'{name}' ({group}) enseñado con {positives} tesela(s) positiva(s) y {negatives} negativa(s) por {method}; flag_{name} (p &gt;= {t:.2f}) queda activado en {flagged} de {tiles} teselas</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="161"/>
        <source>saved the bundle with &apos;{name}&apos; to {path}</source>
        <translation>paquete con '{name}' guardado en {path}</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="163"/>
        <source>no SAVE_TO: &apos;{name}&apos; is written into {layer}&apos;s fields only (p_{name}, flag_{name}), SAVED_TO is empty; give SAVE_TO to save a bundle that later Classify raster runs apply</source>
        <translation>sin SAVE_TO: '{name}' se escribe solo en los campos de {layer} (p_{name}, flag_{name}), SAVED_TO queda vacío; indique SAVE_TO para guardar un paquete que las próximas ejecuciones de Clasificar ráster apliquen</translation>
    </message>
    <message>
        <location filename="../style.py" line="273"/>
        <source>{other}: P({tag})</source>
        <translation>{other}: P({tag})</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="169"/>
        <source>{what} {path} has the name SQLite gives the {kind} of the input {given}, which it would take for its own and remove; choose another name</source>
        <translation>{what} {path} tiene el nombre que SQLite da al {kind} de la entrada {given}, que tomaría como suyo y eliminaría; elija otro nombre</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="169"/>
        <source>rollback journal</source>
        <translation>diario de reversión</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="169"/>
        <source>write-ahead log</source>
        <translation>registro de escritura anticipada</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="169"/>
        <source>write-ahead log&apos;s index</source>
        <translation>índice del registro de escritura anticipada</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="51"/>
        <source>; the environment&apos;s GDAL_SKIP leaves out {skipped}</source>
        <translation>; el GDAL_SKIP del entorno deja fuera {skipped}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="88"/>
        <source>area of interest {path} is in use by another program that is writing it (the database is locked); finish or close that (an edit session in QGIS?) and try again</source>
        <translation>el área de interés {path} está en uso por otro programa que la está escribiendo (la base de datos está bloqueada); termine o cierre ese programa (¿una sesión de edición en QGIS?) e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="77"/>
        <source>measured on {chips}; the model card says how</source>
        <translation>medido en {chips}; la ficha del modelo dice cómo</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="78"/>
        <source>{folds}-fold cross-validation on {chips}: each chip scored by a model not trained on it</source>
        <translation>validación cruzada en {folds} partes con {chips}: cada recorte evaluado por un modelo que no se entrenó con él</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="81"/>
        <source>one threshold for every tag, chosen on the other folds</source>
        <translation>un solo umbral para todas las etiquetas, elegido en las otras partes</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="81"/>
        <source>a threshold for each tag, chosen on the other folds</source>
        <translation>un umbral para cada etiqueta, elegido en las otras partes</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="316"/>
        <source>{slivers} of the {positives} tiles marked or answered Yes are slivers at the raster&apos;s edge (less than half a tile, padded with nodata): a concept taught mostly on them learns the edge as much as &apos;{name}&apos;. Mark full tiles that show it too.</source>
        <translation>Bordes estrechos de la imagen entre las teselas marcadas o respondidas Sí: {slivers} de {positives} (menos de media tesela, rellenadas con nodata). Un concepto enseñado sobre todo en ellos aprende el borde tanto como '{name}'. Marque también teselas enteras que lo muestren.</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="201"/>
        <source>{path}: the network&apos;s {output} output is {shape} for a batch of {chips} chips, not ({chips}, {width}): re-export the bundle</source>
        <translation>{path}: la salida {output} de la red es {shape} para un lote de {chips} chips, no ({chips}, {width}): exporte el paquete de nuevo</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="224"/>
        <source>{path}: the network failed on a batch of {chips} chips ({reason}): re-export the bundle, or lower --batch-size if memory ran out</source>
        <translation>{path}: la red falló en un lote de {chips} chips ({reason}): exporte el paquete de nuevo, o reduzca --batch-size si faltó memoria</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="123"/>
        <source>--judged {path} is not a file: give a change layer (GeoPackage) whose alerts were answered</source>
        <translation>--judged {path} no es un archivo: indique una capa de cambio (GeoPackage) cuyas alertas se respondieron</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="271"/>
        <source>{held} ({partial} on a partial tile, {cloud} under cloud, {unclear} where BEFORE was not clear, {small} with too small a rise, {rejected} rejected on an earlier change layer)</source>
        <translation>{held} ({partial} en una tesela parcial, {cloud} bajo nubes, {unclear} donde ANTES no estaba despejado, {small} con un aumento demasiado pequeño, {rejected} rechazadas en una capa de cambio anterior)</translation>
    </message>
    <message>
        <location filename="../core/monitor/judged.py" line="58"/>
        <source>--judged {judged} and AFTER ({after}): one has a CRS, the other not, so no alert of it can be placed on AFTER&apos;s tiles</source>
        <translation>--judged {judged} y DESPUÉS ({after}): una tiene SRC y la otra no, así que ninguna alerta suya puede situarse en las teselas de DESPUÉS</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="56"/>
        <source>{path} holds writes not yet merged into it ({wal}), which SQLite cannot read where its folder takes no new file (read-only); copy the two files into a writable folder, or open it once where it is writable</source>
        <translation>{path} tiene escrituras aún no incorporadas ({wal}), que SQLite no puede leer donde su carpeta no admite archivos nuevos (solo lectura); copie los dos archivos a una carpeta con permiso de escritura, o ábralo una vez donde se pueda escribir</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="198"/>
        <source>alert: a flag raised on AFTER and on no overlapping BEFORE tile, on a tile compared like for like where neither date saw cloud (BEFORE tagged cloudy, at the bundle&apos;s threshold; AFTER p_cloudy &gt;= {after_cloud}) and BEFORE saw the tile clear (p_clear &gt;= {before_clear}), whose score rose by &gt;= {min_rise} beside a neighbouring AFTER tile whose same flag makes an alert (alone, or in turn beside one that does), or by &gt;= {margin} when isolated (a rise counted above the scene-wide lift of the score: its median rise over the tiles scoring under {background} on both dates), an isolated one also standing {z} robust deviations of those tiles&apos; rises above their median on the logit scale. Evidence: rise (score rose &gt;= {margin}), neighbours (a neighbour&apos;s same flag makes an alert), embedding (cosine distance to the BEFORE tile above the {far} quantile of this comparison). {confidence}</source>
        <translation>alerta: una señal levantada en DESPUÉS y en ninguna tesela superpuesta de ANTES, en una tesela comparada en igualdad de condiciones donde ninguna de las fechas vio nube (ANTES con la etiqueta cloudy, en el umbral del paquete del modelo; DESPUÉS con p_cloudy &gt;= {after_cloud}) y ANTES vio la tesela despejada (p_clear &gt;= {before_clear}), cuya puntuación subió &gt;= {min_rise} junto a una tesela vecina de DESPUÉS cuya misma señal hace una alerta (sola, o a su vez junto a una que la hace), o &gt;= {margin} cuando está aislada (un aumento contado por encima de la elevación de la puntuación en toda la escena: su aumento mediano en las teselas con puntuación inferior a {background} en ambas fechas), y una aislada además quedando {z} desviaciones robustas de los aumentos de esas teselas por encima de su mediana, en la escala logit. Evidencias: aumento (la puntuación subió &gt;= {margin}), vecinas (la misma señal de una vecina hace una alerta), embedding (distancia coseno a la tesela de ANTES por encima del cuantil {far} de esta comparación). {confidence}</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="320"/>
        <source>Score rise: how much the leading flag&apos;s score (a probability, 0 to 1) rose from BEFORE to AFTER, above the rise of the whole scene (haze, light, another product), which the rule takes away; under it, BEFORE&apos;s and AFTER&apos;s scores. Evidence: rise (a rise of the margin or more), neighbours (a neighbouring tile&apos;s same flag makes an alert), embedding (the tile changed among the most in what the network sees).</source>
        <translation>Aumento de la puntuación: cuánto subió la puntuación de la señal principal (una probabilidad, de 0 a 1) de ANTES a DESPUÉS, por encima de la subida de toda la escena (bruma, luz, otro producto), que la regla descuenta; debajo, las puntuaciones de ANTES y de DESPUÉS. Evidencias: aumento (una subida del margen o más), vecinas (la misma señal de una tesela vecina hace una alerta), embedding (la tesela cambió entre las que más cambiaron en lo que ve la red).</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="226"/>
        <source>{what} {path} cannot be written: {folder} is on a read-only file system (a mounted archive or share); choose a folder elsewhere</source>
        <translation>{what} {path} no se puede escribir: {folder} está en un sistema de archivos de solo lectura (un archivo o recurso compartido montado); elija una carpeta en otro lugar</translation>
    </message>
</context>
</TS>
