<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin.py" line="51"/>
        <source>Classify raster…</source>
        <translation>Clasificar ráster…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="51"/>
        <source>Tag every tile of a Planet scene and flag deforestation</source>
        <translation>Etiquetar cada tesela de una escena Planet y señalar la deforestación</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="53"/>
        <source>Show flagged tiles only</source>
        <translation>Mostrar solo teselas señaladas</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="53"/>
        <source>Show only tiles flagged for mining, logging or slash-and-burn</source>
        <translation>Mostrar solo teselas señaladas por minería, tala o roza y quema</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="57"/>
        <source>Filter tiles by tag…</source>
        <translation>Filtrar teselas por etiqueta…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="57"/>
        <source>Show tiles with a tag (minimum probability)</source>
        <translation>Mostrar teselas con una etiqueta (probabilidad mínima)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="60"/>
        <source>Clear tile filter</source>
        <translation>Quitar filtro de teselas</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="60"/>
        <source>Show all tiles again</source>
        <translation>Mostrar de nuevo todas las teselas</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="63"/>
        <source>Teach a concept…</source>
        <translation>Enseñar un concepto…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="63"/>
        <source>Mark a few tiles; the plugin finds the rest and remembers the concept</source>
        <translation>Marque unas teselas; el complemento encuentra el resto y recuerda el concepto</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="69"/>
        <source>Check for onnxruntime and rasterio and install them if missing</source>
        <translation>Comprobar onnxruntime y rasterio e instalarlos si faltan</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="47"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="48"/>
        <source>Open the plugin&apos;s manual</source>
        <translation>Abrir el manual del complemento</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="163"/>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="192"/>
        <source>missing Python package(s) in QGIS&apos;s Python: {names}</source>
        <translation>faltan paquetes de Python en el Python de QGIS: {names}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="192"/>
        <source>Install…</source>
        <translation>Instalar…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="218"/>
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
        <location filename="../plugin.py" line="228"/>
        <source>nothing to install: {message}</source>
        <translation>nada que instalar: {message}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="237"/>
        <source>installing {names} with pip (see the &apos;Planet classifier&apos; log tab)</source>
        <translation>instalando {names} con pip (vea la pestaña de registro 'Planet classifier')</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="237"/>
        <source>Folder: {folder}
Command: {command}</source>
        <translation>Carpeta: {folder}
Comando: {command}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="248"/>
        <source>; still missing: {names} (restart QGIS)</source>
        <translation>; aún faltan: {names} (reinicie QGIS)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="297"/>
        <source>classification cancelled; no output was written</source>
        <translation>clasificación cancelada; no se escribió ninguna salida</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="299"/>
        <source>classification failed</source>
        <translation>la clasificación falló</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="320"/>
        <source>classification finished but {path} could not be opened as a layer</source>
        <translation>la clasificación terminó, pero {path} no se pudo abrir como capa</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="332"/>
        <source>Output: {path}</source>
        <translation>Salida: {path}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="332"/>
        <source>Band mapping: {bands}</source>
        <translation>Asignación de bandas: {bands}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="363"/>
        <source>select a tile layer made by &apos;Classify raster&apos; in the Layers panel first</source>
        <translation>seleccione antes en el panel Capas una capa de teselas hecha por 'Clasificar ráster'</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="400"/>
        <source>no tile is flagged in {name}: all its tiles stay shown</source>
        <translation>ninguna tesela está señalada en {name}: todas siguen visibles</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="404"/>
        <source>could not filter {name}</source>
        <translation>no se pudo filtrar {name}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="60"/>
        <source>Whole raster</source>
        <translation>Ráster completo</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="60"/>
        <source>Current map extent</source>
        <translation>Extensión actual del mapa</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="220"/>
        <source>Polygon layer</source>
        <translation>Capa de polígonos</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="87"/>
        <source>the output folder {folder} does not exist; choose another output GeoPackage</source>
        <translation>la carpeta de salida {folder} no existe; elija otro GeoPackage de salida</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="90"/>
        <source>cannot write into {folder} (read-only or shared); choose another output GeoPackage</source>
        <translation>no se puede escribir en {folder} (solo lectura o compartida); elija otro GeoPackage de salida</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="124"/>
        <source>Planet classifier — Classify raster</source>
        <translation>Planet classifier — Clasificar ráster</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="162"/>
        <source>Raster layer</source>
        <translation>Capa ráster</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="166"/>
        <source>bundled model</source>
        <translation>modelo incluido</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="168"/>
        <source>Model bundle</source>
        <translation>Paquete del modelo</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="173"/>
        <source>Model card…</source>
        <translation>Ficha del modelo…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="174"/>
        <source>What the model was trained on, how it was measured, and what its flags can be trusted for</source>
        <translation>Con qué se entrenó el modelo, cómo se midió y para qué se puede confiar en sus alertas</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="180"/>
        <source>Inference</source>
        <translation>Inferencia</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="185"/>
        <source>auto (CUDA if present)</source>
        <translation>auto (CUDA si la hay)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="70"/>
        <source>Backend</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="70"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="193"/>
        <source>Found</source>
        <translation>Encontrados</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="70"/>
        <source>Batch size</source>
        <translation>Tamaño del lote</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="199"/>
        <source>e.g. red=3,green=2,blue=1</source>
        <translation>p. ej. red=3,green=2,blue=1</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="200"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="201"/>
        <source>Fill in the mapping found from the raster and the bundle</source>
        <translation>Rellenar con la asignación hallada a partir del ráster y del paquete</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="205"/>
        <source>Band mapping</source>
        <translation>Asignación de bandas</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="211"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="218"/>
        <source>Selected features only</source>
        <translation>Solo entidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="219"/>
        <source>Limit to</source>
        <translation>Limitar a</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="226"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="234"/>
        <source>Output GeoPackage</source>
        <translation>GeoPackage de salida</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="245"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependencias…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="246"/>
        <source>pip install onnxruntime (and rasterio) into a private folder of your QGIS profile, with the Python QGIS runs</source>
        <translation>pip install onnxruntime (y rasterio) en una carpeta propia de su perfil de QGIS, con el Python que usa QGIS</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="253"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="254"/>
        <source>Cancel run</source>
        <translation>Cancelar ejecución</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="314"/>
        <source>cannot check backends: {error}</source>
        <translation>no se pudieron comprobar los motores: {error}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="317"/>
        <source>no inference backend: Run needs onnxruntime in QGIS's Python (Install dependencies… below)</source>
        <translation>ningún motor de inferencia: Ejecutar necesita onnxruntime en el Python de QGIS (Instalar dependencias… abajo)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="321"/>
        <source> — an NVIDIA GPU is present but no CUDA-enabled backend (install onnxruntime-gpu)</source>
        <translation> — hay una GPU NVIDIA pero ningún motor con CUDA (instale onnxruntime-gpu)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="330"/>
        <source>No inference backend: install onnxruntime first (Install dependencies…)</source>
        <translation>Ningún motor de inferencia: instale antes onnxruntime (Instalar dependencias…)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="336"/>
        <source>installing dependencies… (see the task manager; Run is enabled when done)</source>
        <translation>instalando dependencias… (vea el administrador de tareas; Ejecutar se habilita al terminar)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="359"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="362"/>
        <source>(95 % interval {low:.2f}–{high:.2f})</source>
        <translation>(intervalo del 95 % {low:.2f}–{high:.2f})</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="364"/>
        <source>none (teach one: Teach a concept…)</source>
        <translation>ninguno (enseñe uno: Enseñar un concepto…)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="366"/>
        <source>bands {bands}</source>
        <translation>bandas {bands}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="366"/>
        <source>Sample F2: {f2}</source>
        <translation>F2 por muestra: {f2}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="366"/>
        <source>{n} labels (hover for the list); taught concepts: {concepts}</source>
        <translation>{n} etiquetas (pase el ratón para ver la lista); conceptos enseñados: {concepts}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="391"/>
        <source>Model card: {name}</source>
        <translation>Ficha del modelo: {name}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="437"/>
        <source>from {how}; edit if wrong</source>
        <translation>de {how}; edítela si es incorrecta</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="454"/>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="463"/>
        <source>choose a model bundle</source>
        <translation>elija un paquete de modelo</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="466"/>
        <source>choose an output GeoPackage</source>
        <translation>elija un GeoPackage de salida</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="483"/>
        <source>choose a polygon layer to limit the area</source>
        <translation>elija una capa de polígonos para limitar el área</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="509"/>
        <source>Cannot run</source>
        <translation>No se puede ejecutar</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="520"/>
        <source>classifying {name}…</source>
        <translation>clasificando {name}…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="533"/>
        <source>cancelling…</source>
        <translation>cancelando…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="553"/>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="562"/>
        <source>Filter tiles by tag</source>
        <translation>Filtrar teselas por etiqueta</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="569"/>
        <source>Concept: {name}</source>
        <translation>Concepto: {name}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="574"/>
        <source>predicted (model threshold)</source>
        <translation>prevista (umbral del modelo)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="577"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="578"/>
        <source>Minimum probability</source>
        <translation>Probabilidad mínima</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="598"/>
        <source>{name} has no CRS.</source>
        <translation>{name} no tiene SRC.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="598"/>
        <source>Its tiles will be written in pixel coordinates and will not line up with other layers; Current map extent and Polygon layer cannot limit the area. Assign a CRS (Layer Properties &gt; Source) if you know it.</source>
        <translation>Sus teselas se escribirán en coordenadas de píxel y no se alinearán con otras capas; Extensión actual del mapa y Capa de polígonos no pueden limitar el área. Asigne un SRC (Propiedades de la capa &gt; Fuente) si lo conoce.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="607"/>
        <source>The last run says:</source>
        <translation>La última ejecución dice:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="613"/>
        <source>Unfamiliar scene:</source>
        <translation>Escena desconocida:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="626"/>
        <source>Training examples behind the flags: {listed}.</source>
        <translation>Ejemplos de entrenamiento detrás de las alertas: {listed}.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="626"/>
        <source>Tags the model saw fewer than {few} times raise no flag by themselves (their probabilities are still written). Treat flags as hints; a missing flag means nothing. To find mines, logging or burns in your scene, mark a few tiles with &lt;i&gt;Teach a concept…&lt;/i&gt; (see the model card).</source>
        <translation>Las etiquetas que el modelo vio menos de {few} veces no generan alertas por sí solas (sus probabilidades se siguen escribiendo). Tome las alertas como pistas; que falte una alerta no significa nada. Para encontrar minas, tala o quemas en su escena, marque unas teselas con &lt;i&gt;Enseñar un concepto…&lt;/i&gt; (vea la ficha del modelo).</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="32"/>
        <source>Planet classifier — Teach a concept</source>
        <translation>Planet classifier — Enseñar un concepto</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="56"/>
        <source>e.g. river_mine</source>
        <translation>p. ej. mina_rio</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="57"/>
        <source>Becomes the fields p_&lt;name&gt; and flag_&lt;name&gt;: a-z, 0-9 and _</source>
        <translation>Se convierte en los campos p_&lt;nombre&gt; y flag_&lt;nombre&gt;: a-z, 0-9 y _</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="64"/>
        <source>Mining / Logging / Slash-and-burn: flag_&lt;name&gt; also raises that group&apos;s flag and flagged. Other concept: only flag_&lt;name&gt;</source>
        <translation>Minería / Tala / Roza y quema: flag_&lt;nombre&gt; también activa la alerta de ese grupo y flagged. Otro concepto: solo flag_&lt;nombre&gt;</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="67"/>
        <source>Concept</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="66"/>
        <source>Flag group</source>
        <translation>Grupo de alerta</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="71"/>
        <source>Marks (select tiles on the map first)</source>
        <translation>Marcas (seleccione antes las teselas en el mapa)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="75"/>
        <source>Unmark</source>
        <translation>Desmarcar</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="85"/>
        <source>Flag at p ≥</source>
        <translation>Señalar con p ≥</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="88"/>
        <source>Tiles at or above this probability get flag_&lt;name&gt;; the map follows at once</source>
        <translation>Las teselas con esta probabilidad o más reciben flag_&lt;nombre&gt;; el mapa se actualiza al instante</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="93"/>
        <source>Fitted</source>
        <translation>Ajustado</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="94"/>
        <source>Go back to the threshold the marks and answers give</source>
        <translation>Volver al umbral que dan las marcas y respuestas</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="107"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="86"/>
        <source>Start review</source>
        <translation>Iniciar revisión</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="128"/>
        <source>Yes (Y)</source>
        <translation>Sí (Y)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="129"/>
        <source>No (N)</source>
        <translation>No (N)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="130"/>
        <source>Skip (S)</source>
        <translation>Saltar (S)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="161"/>
        <source>Marks and answers (newest first)</source>
        <translation>Marcas y respuestas (las más recientes primero)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="166"/>
        <source>Undo selected</source>
        <translation>Deshacer seleccionada</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="167"/>
        <source>Forget the chosen mark or answer (the newest when none is chosen) and refit</source>
        <translation>Olvidar la marca o respuesta elegida (la más reciente si no se elige ninguna) y reajustar</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="175"/>
        <source>Save concept…</source>
        <translation>Guardar concepto…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="176"/>
        <source>Write a copy of the model bundle that carries this concept, in a folder you choose; classify later scenes with it to get p_&lt;name&gt; / flag_&lt;name&gt;</source>
        <translation>Escribir una copia del paquete del modelo con este concepto, en una carpeta que usted elija; clasifique escenas futuras con ella para obtener p_&lt;nombre&gt; / flag_&lt;nombre&gt;</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="184"/>
        <source>Load concept…</source>
        <translation>Cargar concepto…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="185"/>
        <source>Apply a saved concept file to this tile layer (the concepts folder of your QGIS profile is offered first)</source>
        <translation>Aplicar un archivo de concepto guardado a esta capa de teselas (primero se ofrece la carpeta de conceptos de su perfil de QGIS)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="193"/>
        <source>Concepts in the model bundle</source>
        <translation>Conceptos en el paquete del modelo</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="28"/>
        <source>Save the bundle with this concept into (an empty folder)</source>
        <translation>Guardar el paquete con este concepto en (una carpeta vacía)</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="41"/>
        <source>Load a concept</source>
        <translation>Cargar un concepto</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="41"/>
        <source>Concept files (*.json *.concept.json);;All files (*)</source>
        <translation>Archivos de concepto (*.json *.concept.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="82"/>
        <source>Select a tile layer made by &lt;b&gt;Classify raster&lt;/b&gt; in the Layers panel.</source>
        <translation>Seleccione en el panel Capas una capa de teselas hecha por &lt;b&gt;Clasificar ráster&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="84"/>
        <source>Tile layer: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Capa de teselas: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="107"/>
        <source>select a tile layer made by &apos;Classify raster&apos; first</source>
        <translation>seleccione antes una capa de teselas hecha por 'Clasificar ráster'</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="140"/>
        <source>Mark selected as {name}</source>
        <translation>Marcar selección como {name}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="141"/>
        <source>Not {name}</source>
        <translation>No es {name}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="158"/>
        <source>No marks yet. Select tiles that show the concept, then mark them.</source>
        <translation>Aún no hay marcas. Seleccione teselas que muestran el concepto y márquelas.</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="163"/>
        <source>found {found} of about {about}, reviewed {reviewed}</source>
        <translation>encontradas {found} de unas {about}, revisadas {reviewed}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="165"/>
        <source>{yes} marked as &lt;b&gt;{name}&lt;/b&gt;, {no} marked not {name}</source>
        <translation>{yes} marcadas como &lt;b&gt;{name}&lt;/b&gt;, {no} marcadas como no {name}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="170"/>
        <source> (yours; fitted {t:.2f})</source>
        <translation> (suyo; ajustado {t:.2f})</translation>
    </message>
    <message>
        <location filename="../teach_dock/threshold.py" line="24"/>
        <source>expected precision: not known yet (no answer at or above the threshold){mine}</source>
        <translation>precisión esperada: aún desconocida (ninguna respuesta en el umbral o por encima){mine}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="172"/>
        <source>{flagged} of {tiles} tiles flagged (p_{name} ≥ {t:.2f}, {method}); updated in {s:.2f} s</source>
        <translation>{flagged} de {tiles} teselas señaladas (p_{name} ≥ {t:.2f}, {method}); actualizado en {s:.2f} s</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="178"/>
        <source>A few marks give a rough concept: review and mark more before trusting flag_{name}.</source>
        <translation>Pocas marcas dan un concepto aproximado: revise y marque más antes de confiar en flag_{name}.</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="52"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="52"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="52"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="57"/>
        <source>tile {row}, {col}: {answer}</source>
        <translation>tesela {row}, {col}: {answer}</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="59"/>
        <source>cannot read the bundle: {error}</source>
        <translation>no se pudo leer el paquete: {error}</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="61"/>
        <source>Concepts in the model bundle ({name})</source>
        <translation>Conceptos en el paquete del modelo ({name})</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="65"/>
        <source>{name} ({group}, threshold {t:.2f})</source>
        <translation>{name} ({group}, umbral {t:.2f})</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="68"/>
        <source>{name}: none yet</source>
        <translation>{name}: ninguno aún</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="135"/>
        <source>Teach</source>
        <translation>Enseñar</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="86"/>
        <source>Stop review</source>
        <translation>Detener revisión</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="119"/>
        <source>tile {row}, {col}: p_{name} = {p:.2f}</source>
        <translation>tesela {row}, {col}: p_{name} = {p:.2f}</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="171"/>
        <source>Nothing left to review: mark more tiles or save the concept.</source>
        <translation>No queda nada por revisar: marque más teselas o guarde el concepto.</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="181"/>
        <source>Is tile {row}, {col} (p_{name} = {p:.2f}) a &lt;b&gt;{name}&lt;/b&gt;? Y yes, N no, S skip</source>
        <translation>¿La tesela {row}, {col} (p_{name} = {p:.2f}) es &lt;b&gt;{name}&lt;/b&gt;? Y sí, N no, S saltar</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="87"/>
        <source>saved {name} into {path}; Classify raster now uses this bundle, so later runs flag the concept (change it under Model bundle)</source>
        <translation>{name} guardado en {path}; Clasificar ráster usa ahora este paquete, así que las próximas ejecuciones señalan el concepto (cámbielo en Paquete del modelo)</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="168"/>
        <source>name the concept first</source>
        <translation>ponga antes un nombre al concepto</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="172"/>
        <source>tile {fid} is not in {layer}</source>
        <translation>la tesela {fid} no está en {layer}</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="174"/>
        <source>select some tiles first (any QGIS selection tool)</source>
        <translation>seleccione antes algunas teselas (cualquier herramienta de selección de QGIS)</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="278"/>
        <source>the threshold must lie in 0..1</source>
        <translation>el umbral debe estar entre 0 y 1</translation>
    </message>
    <message>
        <location filename="../style.py" line="243"/>
        <source>Concept: {name} ({group})</source>
        <translation>Concepto: {name} ({group})</translation>
    </message>
    <message>
        <location filename="../style.py" line="260"/>
        <source>Marked: shows the concept</source>
        <translation>Marcada: muestra el concepto</translation>
    </message>
    <message>
        <location filename="../style.py" line="260"/>
        <source>Marked: does not show it</source>
        <translation>Marcada: no lo muestra</translation>
    </message>
    <message>
        <location filename="../style.py" line="340"/>
        <source>cross-validated precision</source>
        <translation>precisión en validación cruzada</translation>
    </message>
    <message>
        <location filename="../style.py" line="342"/>
        <source>cross-validated F2</source>
        <translation>F2 en validación cruzada</translation>
    </message>
    <message>
        <location filename="../style.py" line="348"/>
        <source>never in the training chips</source>
        <translation>nunca en los recortes de entrenamiento</translation>
    </message>
    <message>
        <location filename="../style.py" line="348"/>
        <source>not measured for this model</source>
        <translation>no medida para este modelo</translation>
    </message>
    <message>
        <location filename="../style.py" line="350"/>
        <source>{what} {value:.2f} ({n} training examples)</source>
        <translation>{what} {value:.2f} ({n} ejemplos de entrenamiento)</translation>
    </message>
    <message>
        <location filename="__init__.py" line="29"/>
        <source>Mining</source>
        <translation>Minería</translation>
    </message>
    <message>
        <location filename="__init__.py" line="29"/>
        <source>Logging</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="__init__.py" line="29"/>
        <source>Slash-and-burn</source>
        <translation>Roza y quema</translation>
    </message>
    <message>
        <location filename="__init__.py" line="29"/>
        <source>Other concept</source>
        <translation>Otro concepto</translation>
    </message>
    <message>
        <location filename="__init__.py" line="29"/>
        <source>Several deforestation signals</source>
        <translation>Varias señales de deforestación</translation>
    </message>
    <message>
        <location filename="__init__.py" line="29"/>
        <source>Other tiles</source>
        <translation>Otras teselas</translation>
    </message>
    <message>
        <location filename="__init__.py" line="29"/>
        <source>Check / install dependencies…</source>
        <translation>Comprobar / instalar dependencias…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="179"/>
        <source>Save concept file…</source>
        <translation>Guardar archivo de concepto…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="180"/>
        <source>Write the concept as a small file (weights, threshold, where it was taught, its marked tiles) into the concepts folder of your QGIS profile: Load concept… and classify --concept apply it</source>
        <translation>Escribir el concepto como un archivo pequeño (pesos, umbral, dónde se enseñó, sus teselas marcadas) en la carpeta de conceptos de su perfil de QGIS: Cargar concepto… y classify --concept lo aplican</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="34"/>
        <source>Save the concept as</source>
        <translation>Guardar el concepto como</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="34"/>
        <source>Concept files (*.concept.json)</source>
        <translation>Archivos de concepto (*.concept.json)</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="109"/>
        <source>saved {name} as {path}</source>
        <translation>{name} guardado como {path}</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="129"/>
        <source>{name} would flag {n} of {tiles} tiles here, far more than where it was taught: its flags stay off until you review and mark tiles on this layer</source>
        <translation>{name} señalaría {n} de {tiles} teselas aquí, muchas más que donde se enseñó: sus alertas quedan apagadas hasta que revise y marque teselas en esta capa</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="251"/>
        <source>nothing taught yet: mark a tile first</source>
        <translation>aún no se enseñó nada: marque antes una tesela</translation>
    </message>
    <message>
        <location filename="../style.py" line="165"/>
        <source>Only {percent} % of this tile has data (a scene&apos;s edge or nodata): its tags and flags rest on that part.</source>
        <translation>Solo el {percent} % de esta tesela tiene datos (borde de la escena o nodata): sus etiquetas y alertas se basan en esa parte.</translation>
    </message>
    <message>
        <location filename="../style.py" line="379"/>
        <source>({percent} % data)</source>
        <translation>({percent} % con datos)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="44"/>
        <source>Y confirm · N reject (type why, Enter) · 1-4 cause · ↑/↓ next alert</source>
        <translation>Y confirmar · N rechazar (escriba el motivo, Enter) · 1-4 causa · ↑/↓ siguiente aviso</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="208"/>
        <source>mining</source>
        <translation>minería</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="208"/>
        <source>logging</source>
        <translation>tala</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="208"/>
        <source>slash-and-burn</source>
        <translation>roza y quema</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="208"/>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="213"/>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="213"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="213"/>
        <source>highest</source>
        <translation>máxima</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="217"/>
        <source>rise</source>
        <translation>aumento</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="217"/>
        <source>neighbours</source>
        <translation>vecinas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="217"/>
        <source>embedding</source>
        <translation>embedding</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="147"/>
        <source>Planet classifier — Alerts</source>
        <translation>Planet classifier — Avisos de cambio</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="48"/>
        <source>Open a change layer (Processing: Change between two classifications, or `change`).</source>
        <translation>Abra una capa de cambios (Procesos: Cambio entre dos clasificaciones, o `change`).</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="167"/>
        <source>Open change layer…</source>
        <translation>Abrir capa de cambios…</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="169"/>
        <source>Export confirmed…</source>
        <translation>Exportar confirmados…</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="170"/>
        <source>GeoJSON, KML, CSV (lon/lat WGS 84), before/after thumbnails and one HTML page, in a new folder</source>
        <translation>GeoJSON, KML, CSV (lon/lat WGS 84), miniaturas de antes y después y una página HTML, en una carpeta nueva</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="269"/>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="270"/>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="203"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="204"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="207"/>
        <source>Confirm (Y)</source>
        <translation>Confirmar (Y)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="208"/>
        <source>Reject (N)</source>
        <translation>Rechazar (N)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="226"/>
        <source>Change layer</source>
        <translation>Capa de cambios</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="230"/>
        <source>New folder for the confirmed alerts</source>
        <translation>Carpeta nueva para los avisos confirmados</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="230"/>
        <source>Folder (*)</source>
        <translation>Carpeta (*)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="435"/>
        <source>error: {error}</source>
        <translation>error: {error}</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="261"/>
        <source>&lt;i&gt;no thumbnails: the scenes the runs recorded are missing (give them to the change algorithm)&lt;/i&gt;</source>
        <translation>&lt;i&gt;sin miniaturas: faltan las escenas que registraron las ejecuciones (indíquelas al algoritmo de cambio)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="388"/>
        <source>no image</source>
        <translation>sin imagen</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="322"/>
        <source>confirmed: {cause}</source>
        <translation>confirmado: {cause}</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="322"/>
        <source>rejected: {reason}</source>
        <translation>rechazado: {reason}</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="277"/>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="382"/>
        <source>type why this is not a change, then press Enter</source>
        <translation>escriba por qué no es un cambio y pulse Enter</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="277"/>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="277"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="501"/>
        <source>Review alerts…</source>
        <translation>Revisar avisos…</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="501"/>
        <source>Confirm or reject each change alert on its before/after pair; export the confirmed</source>
        <translation>Confirmar o rechazar cada aviso de cambio en su par antes/después; exportar los confirmados</translation>
    </message>
    <message>
        <location filename="../style.py" line="177"/>
        <source>Tags weak for this model (not listed above nor on the map):</source>
        <translation>Etiquetas débiles en este modelo (no figuran arriba ni en el mapa):</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="201"/>
        <source>why it is not a change (needed to reject)</source>
        <translation>por qué no es cambio (exigido al rechazar)</translation>
    </message>
    <message>
        <location filename="../style.py" line="142"/>
        <source>Tile</source>
        <translation>Tesela</translation>
    </message>
    <message>
        <location filename="../style.py" line="142"/>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../style.py" line="142"/>
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../style.py" line="142"/>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <location filename="../style.py" line="142"/>
        <source>Most probable</source>
        <translation>Más probables</translation>
    </message>
    <message>
        <location filename="../style.py" line="144"/>
        <source>flagged</source>
        <translation>señalada</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="102"/>
        <source>Where?</source>
        <translation>¿Dónde?</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="118"/>
        <source>Outline where in each chip the concept is (the best quarter of the tile), on the chip and on the map. Reruns the network on 9 windows around each chip, read from the raster the layer was classified from: a few seconds for the gallery, in the background</source>
        <translation>Recuadra dónde está el concepto en cada recorte (el mejor cuarto de la tesela), en el recorte y en el mapa. Vuelve a ejecutar la red en 9 ventanas alrededor de cada recorte, leídas del ráster con el que se clasificó la capa: unos segundos para la galería, en segundo plano</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="182"/>
        <source>flag_{name} stays off here: it would flag far more of this layer than where it was taught. Review and mark tiles here to confirm it.</source>
        <translation>flag_{name} queda apagado aquí: señalaría mucho más de esta capa que donde se enseñó. Revise y marque teselas aquí para confirmarlo.</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="112"/>
        <source>Show the tiles not yet looked at as chips, likeliest first by your marks and answers so far (so the order can differ from the p under each chip); answer with Y / N / S, move with the arrow keys</source>
        <translation>Muestra como recortes las teselas aún no vistas, las más probables primero según sus marcas y respuestas hasta ahora (por eso el orden puede diferir del p bajo cada recorte); responda con Y / N / S, muévase con las flechas</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="71"/>
        <source>concept {name}</source>
        <translation>concepto {name}</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="26"/>
        <source>New flag, {confidence} confidence</source>
        <translation>Alerta nueva, confianza {confidence}</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="27"/>
        <source>No new flag</source>
        <translation>Sin alerta nueva</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="54"/>
        <source>Taught concept</source>
        <translation>Concepto enseñado</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="76"/>
        <source>Tags gained:</source>
        <translation>Etiquetas ganadas:</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="76"/>
        <source>Tags lost:</source>
        <translation>Etiquetas perdidas:</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="177"/>
        <source>Tile {fid} is no longer in the layer: answer another chip.</source>
        <translation>La tesela {fid} ya no está en la capa: responda otro recorte.</translation>
    </message>
    <message>
        <location filename="../style.py" line="79"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../style.py" line="79"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../style.py" line="79"/>
        <source>Valid-pixel coverage</source>
        <translation>Cobertura de píxeles válidos</translation>
    </message>
    <message>
        <location filename="../style.py" line="79"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../style.py" line="80"/>
        <source>Flagged (any)</source>
        <translation>Señalada (alguna alerta)</translation>
    </message>
    <message>
        <location filename="../style.py" line="80"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../style.py" line="83"/>
        <source>Score: {title}</source>
        <translation>Puntuación: {title}</translation>
    </message>
    <message>
        <location filename="../style.py" line="92"/>
        <source>Flag: {title}</source>
        <translation>Alerta: {title}</translation>
    </message>
    <message>
        <location filename="../style.py" line="114"/>
        <source>Tags and probabilities</source>
        <translation>Etiquetas y probabilidades</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="99"/>
        <source>cancelled: tick Where? again to locate the chips</source>
        <translation>cancelado: marque ¿Dónde? de nuevo para localizar en los recortes</translation>
    </message>
    <message>
        <location filename="../style.py" line="65"/>
        <source>{scene} tiles {time}</source>
        <translation>{scene} teselas {time}</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="70"/>
        <source>Model bundle folder (empty = bundled model)</source>
        <translation>Carpeta del paquete del modelo (vacío = modelo incluido)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="94"/>
        <source>Most tiles to classify (--max-tiles)</source>
        <translation>Máximo de teselas a clasificar (--max-tiles)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="93"/>
        <source>Classify raster</source>
        <translation>Clasificar ráster</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="107"/>
        <source>Planet scene</source>
        <translation>Escena Planet</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="109"/>
        <source>Band mapping (e.g. red=3,green=2,blue=1; empty = automatic)</source>
        <translation>Asignación de bandas (p. ej. red=3,green=2,blue=1; vacío = automática)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="111"/>
        <source>Limit to extent</source>
        <translation>Limitar a la extensión</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="112"/>
        <source>Limit to polygons</source>
        <translation>Limitar a los polígonos</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="114"/>
        <source>Store tile embeddings (needed to teach concepts from marked tiles)</source>
        <translation>Guardar los embeddings de las teselas (para enseñar conceptos con teselas marcadas)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="117"/>
        <source>Apply concept files (.concept.json)</source>
        <translation>Aplicar archivos de concepto (.concept.json)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="120"/>
        <source>Tiles</source>
        <translation>Teselas</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="122"/>
        <source>Tiles classified</source>
        <translation>Teselas clasificadas</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="122"/>
        <source>Tiles skipped (no data)</source>
        <translation>Teselas omitidas (sin datos)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="122"/>
        <source>Tiles flagged</source>
        <translation>Teselas señaladas</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="125"/>
        <source>Device used</source>
        <translation>Dispositivo usado</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="126"/>
        <source>Backend used</source>
        <translation>Motor usado</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="68"/>
        <source>Change between two classifications</source>
        <translation>Cambio entre dos clasificaciones</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="71"/>
        <source>Compares two tile layers of the same place (from Classify raster, the batch command or the plugin), or two rasters: these are classified first on one tile grid (AFTER resampled onto BEFORE&apos;s when its CRS or pixel size differs, after a co-registration check), with the model settings under Advanced. Runs of one CRS and pixel size share the tile grid and are compared tile by tile; others are compared on the overlap. For every AFTER tile: tags gained and lost, the change of each flag group&apos;s score and the new flags that pass the alert rule: an isolated new flag needs a score rise of the margin, one beside a tile raising the same flag the minimum rise. Confidence: nominal (an alert), high (score rise and a second evidence: neighbours or the embedding moved far), highest (all three). Dates come from the runs (scene metadata or Planet file name), else are unknown unless given. The scenes give the before/after thumbnails of the report, the export and the Alerts panel (default: the scenes the runs recorded). Review the alerts in the Alerts panel; the export folder hands them off as GeoJSON, KML, CSV and HTML.</source>
        <translation>Compara dos capas de teselas del mismo lugar (de Clasificar ráster, del comando batch o del complemento), o dos rásteres: estos se clasifican primero en una misma malla de teselas (AFTER remuestreado a la malla de BEFORE cuando su SRC o su tamaño de píxel difiere, tras una comprobación del corregistro), con las opciones del modelo en Parámetros avanzados. Las ejecuciones de un mismo SRC y tamaño de píxel comparten la malla y se comparan tesela a tesela; las demás, en la superposición. Para cada tesela de AFTER: etiquetas ganadas y perdidas, el cambio de la puntuación de cada grupo de alerta y las alertas nuevas que pasan la regla de aviso: una alerta nueva aislada necesita un aumento de puntuación igual al margen; una junto a una tesela con la misma alerta, el aumento mínimo. Confianza: nominal (un aviso), alta (aumento de puntuación y una segunda señal: vecinas o un embedding que se alejó mucho), máxima (las tres). Las fechas vienen de las ejecuciones (metadatos de la escena o nombre de archivo Planet); si no, son desconocidas salvo que se indiquen. Las escenas dan las miniaturas de antes y después del informe, de la exportación y del panel Avisos de cambio (por defecto: las escenas que registraron las ejecuciones). Revise los avisos en el panel Avisos de cambio; la carpeta de exportación los entrega como GeoJSON, KML, CSV y HTML.</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="86"/>
        <source>Earlier tile layer or raster (BEFORE)</source>
        <translation>Capa de teselas o ráster anterior (BEFORE)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="86"/>
        <source>Later tile layer or raster (AFTER, the same kind)</source>
        <translation>Capa de teselas o ráster posterior (AFTER, del mismo tipo)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="90"/>
        <source>BEFORE scene (thumbnails)</source>
        <translation>Escena BEFORE (miniaturas)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="92"/>
        <source>AFTER scene (thumbnails)</source>
        <translation>Escena AFTER (miniaturas)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="94"/>
        <source>Score rise an isolated new flag needs</source>
        <translation>Aumento de puntuación exigido a una alerta nueva aislada</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="96"/>
        <source>Score rise beside a flagged neighbour</source>
        <translation>Aumento de puntuación junto a una vecina señalada</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="98"/>
        <source>Embedding distance quantile for &apos;moved far&apos;</source>
        <translation>Cuantil de la distancia de embedding para 'se alejó mucho'</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="101"/>
        <source>BEFORE acquisition date (YYYY-MM-DD; default: recorded)</source>
        <translation>Fecha de adquisición de BEFORE (AAAA-MM-DD; por defecto: la registrada)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="101"/>
        <source>AFTER acquisition date (YYYY-MM-DD; default: recorded)</source>
        <translation>Fecha de adquisición de AFTER (AAAA-MM-DD; por defecto: la registrada)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="104"/>
        <source>Unknown date: use the file time</source>
        <translation>Fecha desconocida: usar la fecha del archivo</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="106"/>
        <source>Change</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="108"/>
        <source>HTML report</source>
        <translation>Informe HTML</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="108"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="110"/>
        <source>Export alerts to a new folder</source>
        <translation>Exportar los avisos a una carpeta nueva</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="114"/>
        <source>Tiles compared</source>
        <translation>Teselas comparadas</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="114"/>
        <source>Alerts (new flags)</source>
        <translation>Avisos (alertas nuevas)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="190"/>
        <source>Change {before} → {after}</source>
        <translation>Cambio {before} → {after}</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="48"/>
        <source>Teach concept from selected features</source>
        <translation>Enseñar concepto con las entidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="63"/>
        <source>Tile layer (selected tiles = positives)</source>
        <translation>Capa de teselas (teselas seleccionadas = positivas)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="64"/>
        <source>Concept name (a-z, 0-9, _)</source>
        <translation>Nombre del concepto (a-z, 0-9, _)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="74"/>
        <source>Model bundle the tiles were classified with (empty = the bundled model)</source>
        <translation>Paquete del modelo con el que se clasificaron las teselas (vacío = el modelo incluido)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="79"/>
        <source>Tile layer</source>
        <translation>Capa de teselas</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="80"/>
        <source>Tiles flagged by the concept</source>
        <translation>Teselas señaladas por el concepto</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="81"/>
        <source>Threshold of flag_&lt;name&gt;</source>
        <translation>Umbral de flag_&lt;nombre&gt;</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="82"/>
        <source>Bundle saved to</source>
        <translation>Paquete guardado en</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="96"/>
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
        <location filename="../processing/teach.py" line="69"/>
        <source>More positive tiles (expression; for qgis_process and models, where nothing is selected)</source>
        <translation>Más teselas positivas (expresión; para qgis_process y modelos, donde no hay nada seleccionado)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="72"/>
        <source>Negative tiles (expression)</source>
        <translation>Teselas negativas (expresión)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="77"/>
        <source>Save bundle with the concept to</source>
        <translation>Guardar el paquete con el concepto en</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="182"/>
        <source>classification finished: {path} was written but not added as a layer, as the project it was started in was closed (add it with Layer &gt; Add Layer)</source>
        <translation>la clasificación terminó: {path} se escribió, pero no se añadió como capa, porque el proyecto en que empezó se cerró (añádalo con Capa &gt; Añadir capa)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="425"/>
        <source>found from the model bundle&apos;s bands once a model bundle can be read</source>
        <translation>se obtiene de las bandas del paquete de modelo cuando se pueda leer un paquete de modelo</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="129"/>
        <source>{name} was taught from only {k}, too few to trust: its flags stay off until you review here</source>
        <translation>{name} se enseñó con solo {k}, muy poco para confiar: sus alertas quedan apagadas hasta que revise aquí</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="449"/>
        <source>tile</source>
        <translation>tesela</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="135"/>
        <source>tiles</source>
        <translation>teselas</translation>
    </message>
    <message>
        <location filename="../teach_dock/threshold.py" line="24"/>
        <source>expected precision {p:.0%} (from {answers}){mine}</source>
        <translation>precisión esperada {p:.0%} (de {answers}){mine}</translation>
    </message>
    <message>
        <location filename="../teach_dock/threshold.py" line="24"/>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <location filename="../teach_dock/threshold.py" line="24"/>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="74"/>
        <source>Planet classifier: where in {chips}</source>
        <translation>Planet classifier: dónde en {chips}</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="74"/>
        <source>chip</source>
        <translation>recorte</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="74"/>
        <source>chips</source>
        <translation>recortes</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="325"/>
        <source>{tiles}, {skipped} skipped, {flagged} flagged; {speed:.1f} chips/s on {device} ({backend})</source>
        <translation>{tiles}, {skipped} omitidas, {flagged} señaladas; {speed:.1f} recortes/s en {device} ({backend})</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="326"/>
        <source>tile processed</source>
        <translation>tesela procesada</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="326"/>
        <source>tiles processed</source>
        <translation>teselas procesadas</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="636"/>
        <source>{tiles}, {skipped} skipped (no data), {flagged} flagged{detail}; {speed:.1f} chips/s on {device} ({backend}) -&gt; {path}</source>
        <translation>{tiles}, {skipped} omitidas (sin datos), {flagged} señaladas{detail}; {speed:.1f} recortes/s en {device} ({backend}) -&gt; {path}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="637"/>
        <source>tile classified</source>
        <translation>tesela clasificada</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="637"/>
        <source>tiles classified</source>
        <translation>teselas clasificadas</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="186"/>
        <source>change finished: {path} was written but not added as a layer, as the project it was started in was closed (add it with Layer &gt; Add Layer)</source>
        <translation>la comparación terminó: {path} se escribió, pero no se añadió como capa, porque el proyecto en que empezó se cerró (añádalo con Capa &gt; Añadir capa)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="145"/>
        <source>output {output} is open in QGIS as layer {name!r}: replacing the file under it would lose what is edited or reviewed there (two rows of a batch given one output do that); choose another name, or remove that layer first</source>
        <translation>la salida {output} está abierta en QGIS como la capa {name!r}: sustituir el archivo bajo ella perdería lo editado o revisado en ella (dos filas de un lote con la misma salida lo hacen); elija otro nombre o quite antes esa capa</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="151"/>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="153"/>
        <source>output {output} is a GeoPackage that holds {listed}, which replacing it would lose (the run writes a GeoPackage of its own, layer &apos;{layer}&apos;); give a new file name</source>
        <translation>la salida {output} es un GeoPackage que contiene {listed}, que se perderían al sustituirlo (la ejecución escribe un GeoPackage propio, capa '{layer}'); dé un nombre de archivo nuevo</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="170"/>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="171"/>
        <source>rows {rows} of the batch all write {path}: each would replace the one before; give each row its own output (none of these rows was run)</source>
        <translation>las filas {rows} del lote escriben todas {path}: cada una sustituiría a la anterior; dé a cada fila su propia salida (no se ejecutó ninguna de esas filas)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="171"/>
        <source>rows {rows} of the batch both write {path}: the later would replace the earlier; give each row its own output (neither row was run)</source>
        <translation>las filas {rows} del lote escriben ambas {path}: la posterior sustituiría a la anterior; dé a cada fila su propia salida (no se ejecutó ninguna de las dos)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="282"/>
        <source>{name!r} is read by QGIS&apos;s {provider!r} provider (a temporary layer is another algorithm&apos;s copy), not from a tile GeoPackage made by &apos;Classify raster&apos;; choose {which} it wrote (in a model: its Tiles output)</source>
        <translation>{name!r} se lee con el proveedor {provider!r} de QGIS (una capa temporal es la copia de otro algoritmo), no de un GeoPackage de teselas hecho por 'Clasificar ráster'; elija {which} que escribió (en un modelo: su salida Teselas)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="289"/>
        <source>{which} {name!r} reads {path}, which is no longer there (deleted or moved since it was loaded); load the GeoPackage from where it is now, or classify again</source>
        <translation>{which} {name!r} lee {path}, que ya no está allí (borrado o movido después de cargarse); cargue el GeoPackage desde donde está ahora, o clasifique de nuevo</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="379"/>
        <source>{path} cannot be written: {folder} is a file, not a folder; choose another place</source>
        <translation>no se puede escribir {path}: {folder} es un archivo, no una carpeta; elija otro lugar</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="383"/>
        <source>{path} cannot be written: folder {folder} cannot be made ({reason})</source>
        <translation>no se puede escribir {path}: no se puede crear la carpeta {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="131"/>
        <source>choose a raster layer to classify</source>
        <translation>elija una capa ráster para clasificar</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="144"/>
        <source>give either an extent or a polygon layer, not both</source>
        <translation>dé una extensión o una capa de polígonos, no ambas</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="124"/>
        <source>give two tile layers or two rasters, not one of each</source>
        <translation>dé dos capas de teselas o dos rásteres, no uno de cada</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="125"/>
        <source>the {side} tile layer</source>
        <translation>la capa de teselas {side}</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="129"/>
        <source>the {side} tile layer {name!r} has unsaved edits, which the comparison would not see (it reads the GeoPackage): save or discard them first</source>
        <translation>la capa de teselas {side} {name!r} tiene ediciones sin guardar, que la comparación no vería (lee el GeoPackage): guárdelas o descártelas antes</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="91"/>
        <source>{parameter} expression: {error}</source>
        <translation>expresión {parameter}: {error}</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="95"/>
        <source>{parameter} expression {expression!r} cannot be evaluated on {layer}: {error}; correct the expression</source>
        <translation>la expresión {parameter} {expression!r} no se puede evaluar en {layer}: {error}; corrija la expresión</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="105"/>
        <source>choose a tile layer made by &apos;Classify raster&apos;</source>
        <translation>elija una capa de teselas hecha por 'Clasificar ráster'</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="107"/>
        <source>the tile layer</source>
        <translation>la capa de teselas</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="111"/>
        <source>select the tiles that show the concept in {layer} first (or give a positive expression)</source>
        <translation>seleccione antes las teselas que muestran el concepto en {layer} (o dé una expresión positiva)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="95"/>
        <source>Written by the Planet deforestation classifier.</source>
        <translation>Generado por el clasificador de deforestación Planet.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="203"/>
        <source>Planet classifier: change report</source>
        <translation>Clasificador Planet: informe de cambios</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="246"/>
        <source>thumbnails need both scenes: pass --before-scene and --after-scene (every classify run records its scene; this one&apos;s is missing or moved)</source>
        <translation>las miniaturas necesitan las dos escenas: pase --before-scene y --after-scene (toda clasificación registra su escena; la de esta falta o se movió)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="249"/>
        <source>lat, lon</source>
        <translation>lat., lon.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="249"/>
        <source>row, col (no CRS)</source>
        <translation>fila, columna (sin SRC)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="267"/>
        <source>Showing the {shown} first of {n} alerts; the change GeoPackage has all.</source>
        <translation>Se muestran las {shown} primeras de {n} alertas; el GeoPackage de cambios las tiene todas.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="277"/>
        <source>cause</source>
        <translation>causa</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="269"/>
        <source>new flags</source>
        <translation>señales nuevas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="269"/>
        <source>confidence</source>
        <translation>confianza</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="269"/>
        <source>evidence</source>
        <translation>evidencias</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="269"/>
        <source>score rise</source>
        <translation>aumento de la puntuación</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="270"/>
        <source>tags gained / lost</source>
        <translation>etiquetas ganadas / perdidas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="275"/>
        <source>No alerts.</source>
        <translation>Ninguna alerta.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="277"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="278"/>
        <source>Each alert counted once: under the cause the analyst confirmed, else the flag group that raised it (a taught concept under its group).</source>
        <translation>Cada alerta contada una vez: en la causa que confirmó el analista, si no en el grupo de señal que la levantó (un concepto enseñado en su grupo).</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="288"/>
        <source>{side} {scene}, acquired {date}</source>
        <translation>{side} {scene}, adquirida el {date}</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="288"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="288"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="293"/>
        <source>{compared} tiles compared ({left_out} AFTER tiles without a BEFORE tile left out); {alerts}: {by_confidence}.</source>
        <translation>{compared} teselas comparadas ({left_out} teselas de DESPUÉS sin tesela de ANTES dejadas fuera); {alerts}: {by_confidence}.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="294"/>
        <source>{n} alerts</source>
        <translation>{n} alertas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="298"/>
        <source>note:</source>
        <translation>nota:</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="328"/>
        <source>alerts by cause and confidence</source>
        <translation>alertas por causa y confianza</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="299"/>
        <source>Review: alerts per cause</source>
        <translation>Revisión: alertas por causa</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="299"/>
        <source>Alerts, highest confidence first</source>
        <translation>Alertas, mayor confianza primero</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="301"/>
        <source>Alert rule: {rule}.</source>
        <translation>Regla de alerta: {rule}.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="301"/>
        <source>Map: the AFTER scene, alerts outlined by confidence and numbered as in the table. Thumbnails: the AFTER tile&apos;s footprint outlined in both scenes.</source>
        <translation>Mapa: la escena de DESPUÉS, con las alertas contorneadas por confianza y numeradas como en la tabla. Miniaturas: el contorno de la tesela de DESPUÉS en ambas escenas.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="474"/>
        <source>alerts on the AFTER scene</source>
        <translation>alertas en la escena de DESPUÉS</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="224"/>
        <source>unknown date</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="225"/>
        <source>metadata</source>
        <translation>metadatos</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="225"/>
        <source>file name</source>
        <translation>nombre del archivo</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="225"/>
        <source>given</source>
        <translation>indicada</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="226"/>
        <source>file time of the GeoPackage</source>
        <translation>fecha del archivo GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="144"/>
        <source>nominal: an alert; high: score rise and one more evidence (neighbours or embedding); highest: all three; all of one flag (on a tile with several new flags, the one of highest confidence)</source>
        <translation>nominal: una alerta; alta: aumento de la puntuación y una evidencia más (vecinas o embedding); máxima: las tres; todo de una misma señal (en una tesela con varias señales nuevas, la de mayor confianza)</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="151"/>
        <source>alert: a flag raised on AFTER and on no overlapping BEFORE tile, on a tile compared like for like where neither date saw cloud (BEFORE tagged cloudy, at the bundle&apos;s threshold; AFTER p_cloudy &gt;= {after_cloud}), whose score rose by &gt;= {min_rise} when a neighbouring AFTER tile raises the same flag, or by &gt;= {margin} when isolated (a rise counted above the scene-wide lift of the score: its median rise over the tiles scoring under {background} on both dates). Evidence: rise (score rose &gt;= {margin}), neighbours (a neighbour raises the same flag), embedding (cosine distance to the BEFORE tile above the {far} quantile of this comparison). {confidence}</source>
        <translation>alerta: una señal levantada en DESPUÉS y en ninguna tesela superpuesta de ANTES, en una tesela comparada en igualdad de condiciones donde ninguna de las fechas vio nube (ANTES con la etiqueta cloudy, en el umbral del paquete del modelo; DESPUÉS con p_cloudy &gt;= {after_cloud}), cuya puntuación subió &gt;= {min_rise} cuando una tesela vecina de DESPUÉS levanta la misma señal, o &gt;= {margin} cuando está aislada (un aumento contado por encima de la elevación de la puntuación en toda la escena: su aumento mediano en las teselas con puntuación inferior a {background} en ambas fechas). Evidencias: aumento (la puntuación subió &gt;= {margin}), vecinas (una vecina levanta la misma señal), embedding (distancia coseno a la tesela de ANTES por encima del cuantil {far} de esta comparación). {confidence}</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="126"/>
        <source>BEFORE and AFTER: {message}</source>
        <translation>ANTES y DESPUÉS: {message}</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="126"/>
        <source>BEFORE: {message}</source>
        <translation>ANTES: {message}</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="126"/>
        <source>AFTER: {message}</source>
        <translation>DESPUÉS: {message}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="190"/>
        <source>the model saw fewer than {minimum} training examples of {seen}: these tags raise no flag by themselves (their p_ fields are written)</source>
        <translation>el modelo vio menos de {minimum} ejemplos de entrenamiento de {seen}: esas etiquetas no levantan señal por sí solas (sus campos p_ se escriben)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="192"/>
        <source>; flags come from the bundle&apos;s concepts {taught}</source>
        <translation>; las señales vienen de los conceptos del paquete del modelo {taught}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="193"/>
        <source>; teach a concept from a few marked tiles to flag what you hunt</source>
        <translation>; enseñe un concepto a partir de unas pocas teselas marcadas para señalar lo que busca</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="353"/>
        <source>{scene} is now drawn in natural colour: bands {bands} as red, green, blue, as the classifier read them (Layer Properties &gt; Symbology changes it)</source>
        <translation>{scene} se muestra ahora en color natural: bandas {bands} como rojo, verde, azul, como las leyó el clasificador (Propiedades de la capa &gt; Simbología lo cambia)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="331"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="331"/>
        <source>warnings</source>
        <translation>avisos</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="443"/>
        <source>alert</source>
        <translation>aviso de cambio</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="443"/>
        <source>alerts</source>
        <translation>avisos de cambio</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="324"/>
        <source>&lt;b&gt;{cause}&lt;/b&gt; (new flags: {flags}) · &lt;b&gt;{confidence}&lt;/b&gt; confidence ({evidence}) · score +{rise:.2f} · {neighbours}</source>
        <translation>&lt;b&gt;{cause}&lt;/b&gt; (alertas nuevas: {flags}) · confianza &lt;b&gt;{confidence}&lt;/b&gt; ({evidence}) · puntuación +{rise:.2f} · {neighbours}</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="324"/>
        <source>flagged neighbour</source>
        <translation>vecina señalada</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="324"/>
        <source>flagged neighbours</source>
        <translation>vecinas señaladas</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="407"/>
        <source>{done}; {open} left.</source>
        <translation>{done}; sin revisar: {open}.</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="407"/>
        <source>open alert</source>
        <translation>aviso pendiente</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="407"/>
        <source>open alerts</source>
        <translation>avisos pendientes</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="445"/>
        <source>{alerts} exported to {folder} (GeoJSON, KML, CSV, HTML)</source>
        <translation>Exportación a {folder}: {alerts} (GeoJSON, KML, CSV, HTML)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="448"/>
        <source>{alerts} exported to {folder} (GeoJSON, KML, CSV, HTML, thumbnails)</source>
        <translation>Exportación a {folder}: {alerts} (GeoJSON, KML, CSV, HTML, miniaturas)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="450"/>
        <source>{alerts} exported to {folder} (GeoJSON, KML, CSV, HTML; no thumbnails: the scenes are not known)</source>
        <translation>Exportación a {folder}: {alerts} (GeoJSON, KML, CSV, HTML; sin miniaturas: no se conocen las escenas)</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="75"/>
        <source>concept {name}: flag_{name} on {flagged} of {tiles} tiles ({share}; p &gt;= {t})</source>
        <translation>concepto {name}: flag_{name} en {flagged} de {tiles} teselas ({share}; p &gt;= {t})</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="78"/>
        <source>no tile here reaches p &gt;= {t}, so it flags nothing; from so few tiles that is no all-clear</source>
        <translation>ninguna tesela llega aquí a p &gt;= {t}, así que no señala nada; con tan pocas teselas eso no significa que la escena esté limpia</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="78"/>
        <source>its 1 flag here is unconfirmed and flag_{name} is left off</source>
        <translation>su 1 señal aquí no está confirmada y flag_{name} queda apagado</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="78"/>
        <source>its {n} flags here are unconfirmed and flag_{name} is left off</source>
        <translation>sus {n} señales aquí no están confirmadas y flag_{name} queda apagado</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="84"/>
        <source>concept {name} was fitted to {labelled} only (a rough concept): {held} (sort by p_{name} and review, or answer its review where it was taught and save it again)</source>
        <translation>el concepto {name} se ajustó solo a {labelled} (un concepto aproximado): {held} (ordene por p_{name} y revise, o responda a su revisión donde se enseñó y guárdelo de nuevo)</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="85"/>
        <source>labelled tile</source>
        <translation>tesela etiquetada</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="85"/>
        <source>labelled tiles</source>
        <translation>teselas etiquetadas</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="87"/>
        <source>concept {name} would flag {would} of {tiles} tiles ({weighed} of the scene by area, edge slivers weighing their coverage), far more than the {taught} of the scene it was taught on: its flags here are unconfirmed and flag_{name} is left off (sort by p_{name} and review, or teach it on this scene)</source>
        <translation>el concepto {name} señalaría {would} de {tiles} teselas ({weighed} de la escena por área, los bordes según su cobertura), mucho más que el {taught} de la escena donde se enseñó: sus señales aquí no están confirmadas y flag_{name} queda apagado (ordene por p_{name} y revise, o enséñelo en esta escena)</translation>
    </message>
</context>
</TS>
