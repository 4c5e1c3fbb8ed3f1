<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin.py" line="51"/>
        <source>Classify raster…</source>
        <translation>Classificar raster…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="51"/>
        <source>Tag every tile of a Planet scene and flag deforestation</source>
        <translation>Atribuir tags a cada quadrícula de uma cena Planet e sinalizar desmatamento</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="53"/>
        <source>Show flagged tiles only</source>
        <translation>Mostrar só quadrículas sinalizadas</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="53"/>
        <source>Show only tiles flagged for mining, logging or slash-and-burn</source>
        <translation>Mostrar só quadrículas sinalizadas por garimpo, extração de madeira ou corte e queima</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="57"/>
        <source>Filter tiles by tag…</source>
        <translation>Filtrar quadrículas por tag…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="57"/>
        <source>Show tiles with a tag (minimum probability)</source>
        <translation>Mostrar quadrículas com uma tag (probabilidade mínima)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="60"/>
        <source>Clear tile filter</source>
        <translation>Limpar filtro de quadrículas</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="60"/>
        <source>Show all tiles again</source>
        <translation>Mostrar todas as quadrículas de novo</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="63"/>
        <source>Teach a concept…</source>
        <translation>Ensinar um conceito…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="63"/>
        <source>Mark a few tiles; the plugin finds the rest and remembers the concept</source>
        <translation>Marque algumas quadrículas; o plugin encontra as demais e guarda o conceito</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="69"/>
        <source>Check for onnxruntime and rasterio and install them if missing</source>
        <translation>Verificar onnxruntime e rasterio e instalá-los se faltarem</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="47"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="48"/>
        <source>Open the plugin&apos;s manual</source>
        <translation>Abrir o manual do plugin</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="163"/>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="192"/>
        <source>missing Python package(s) in QGIS&apos;s Python: {names}</source>
        <translation>faltam pacotes Python no Python do QGIS: {names}</translation>
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

Instalar agora?</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="228"/>
        <source>nothing to install: {message}</source>
        <translation>nada a instalar: {message}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="237"/>
        <source>installing {names} with pip (see the &apos;Planet classifier&apos; log tab)</source>
        <translation>instalando {names} com pip (veja a aba de registro 'Planet classifier')</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="237"/>
        <source>Folder: {folder}
Command: {command}</source>
        <translation>Pasta: {folder}
Comando: {command}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="248"/>
        <source>; still missing: {names} (restart QGIS)</source>
        <translation>; ainda faltam: {names} (reinicie o QGIS)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="297"/>
        <source>classification cancelled; no output was written</source>
        <translation>classificação cancelada; nenhuma saída foi gravada</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="299"/>
        <source>classification failed</source>
        <translation>a classificação falhou</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="320"/>
        <source>classification finished but {path} could not be opened as a layer</source>
        <translation>a classificação terminou, mas {path} não pôde ser aberto como camada</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="332"/>
        <source>Output: {path}</source>
        <translation>Saída: {path}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="332"/>
        <source>Band mapping: {bands}</source>
        <translation>Mapeamento de bandas: {bands}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="363"/>
        <source>select a tile layer made by &apos;Classify raster&apos; in the Layers panel first</source>
        <translation>selecione antes no painel Camadas uma camada de quadrículas feita por 'Classificar raster'</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="400"/>
        <source>no tile is flagged in {name}: all its tiles stay shown</source>
        <translation>nenhuma quadrícula está sinalizada em {name}: todas continuam visíveis</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="404"/>
        <source>could not filter {name}</source>
        <translation>não foi possível filtrar {name}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="60"/>
        <source>Whole raster</source>
        <translation>Raster inteiro</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="60"/>
        <source>Current map extent</source>
        <translation>Extensão atual do mapa</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="220"/>
        <source>Polygon layer</source>
        <translation>Camada de polígonos</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="87"/>
        <source>the output folder {folder} does not exist; choose another output GeoPackage</source>
        <translation>a pasta de saída {folder} não existe; escolha outro GeoPackage de saída</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="90"/>
        <source>cannot write into {folder} (read-only or shared); choose another output GeoPackage</source>
        <translation>não é possível gravar em {folder} (somente leitura ou compartilhada); escolha outro GeoPackage de saída</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="124"/>
        <source>Planet classifier — Classify raster</source>
        <translation>Planet classifier — Classificar raster</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="162"/>
        <source>Raster layer</source>
        <translation>Camada raster</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="166"/>
        <source>bundled model</source>
        <translation>modelo incluído</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="168"/>
        <source>Model bundle</source>
        <translation>Pacote do modelo</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="173"/>
        <source>Model card…</source>
        <translation>Cartão do modelo…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="174"/>
        <source>What the model was trained on, how it was measured, and what its flags can be trusted for</source>
        <translation>Com o que o modelo foi treinado, como foi medido e para que se pode confiar nos seus alertas</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="180"/>
        <source>Inference</source>
        <translation>Inferência</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="185"/>
        <source>auto (CUDA if present)</source>
        <translation>auto (CUDA se houver)</translation>
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
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="199"/>
        <source>e.g. red=3,green=2,blue=1</source>
        <translation>ex.: red=3,green=2,blue=1</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="200"/>
        <source>Reset</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="201"/>
        <source>Fill in the mapping found from the raster and the bundle</source>
        <translation>Preencher com o mapeamento encontrado a partir do raster e do pacote</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="205"/>
        <source>Band mapping</source>
        <translation>Mapeamento de bandas</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="211"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="218"/>
        <source>Selected features only</source>
        <translation>Só feições selecionadas</translation>
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
        <translation>GeoPackage de saída</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="245"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependências…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="246"/>
        <source>pip install onnxruntime (and rasterio) into a private folder of your QGIS profile, with the Python QGIS runs</source>
        <translation>pip install onnxruntime (e rasterio) numa pasta própria do seu perfil do QGIS, com o Python que o QGIS usa</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="253"/>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="254"/>
        <source>Cancel run</source>
        <translation>Cancelar execução</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="314"/>
        <source>cannot check backends: {error}</source>
        <translation>não foi possível verificar os motores: {error}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="317"/>
        <source>no inference backend: Run needs onnxruntime in QGIS's Python (Install dependencies… below)</source>
        <translation>nenhum motor de inferência: Executar precisa do onnxruntime no Python do QGIS (Instalar dependências… abaixo)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="321"/>
        <source> — an NVIDIA GPU is present but no CUDA-enabled backend (install onnxruntime-gpu)</source>
        <translation> — há uma GPU NVIDIA, mas nenhum motor com CUDA (instale onnxruntime-gpu)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="330"/>
        <source>No inference backend: install onnxruntime first (Install dependencies…)</source>
        <translation>Nenhum motor de inferência: instale antes o onnxruntime (Instalar dependências…)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="336"/>
        <source>installing dependencies… (see the task manager; Run is enabled when done)</source>
        <translation>instalando dependências… (veja o gerenciador de tarefas; Executar é liberado ao terminar)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="359"/>
        <source>not recorded</source>
        <translation>não registrado</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="362"/>
        <source>(95 % interval {low:.2f}–{high:.2f})</source>
        <translation>(intervalo de 95 % {low:.2f}–{high:.2f})</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="364"/>
        <source>none (teach one: Teach a concept…)</source>
        <translation>nenhum (ensine um: Ensinar um conceito…)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="366"/>
        <source>bands {bands}</source>
        <translation>bandas {bands}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="366"/>
        <source>Sample F2: {f2}</source>
        <translation>F2 por amostra: {f2}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="366"/>
        <source>{n} labels (hover for the list); taught concepts: {concepts}</source>
        <translation>{n} tags (passe o mouse para ver a lista); conceitos ensinados: {concepts}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="391"/>
        <source>Model card: {name}</source>
        <translation>Cartão do modelo: {name}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="437"/>
        <source>from {how}; edit if wrong</source>
        <translation>de {how}; edite se estiver errado</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="454"/>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} já existe. Substituir?</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="463"/>
        <source>choose a model bundle</source>
        <translation>escolha um pacote de modelo</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="466"/>
        <source>choose an output GeoPackage</source>
        <translation>escolha um GeoPackage de saída</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="483"/>
        <source>choose a polygon layer to limit the area</source>
        <translation>escolha uma camada de polígonos para limitar a área</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="509"/>
        <source>Cannot run</source>
        <translation>Não é possível executar</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="520"/>
        <source>classifying {name}…</source>
        <translation>classificando {name}…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="533"/>
        <source>cancelling…</source>
        <translation>cancelando…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="553"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="562"/>
        <source>Filter tiles by tag</source>
        <translation>Filtrar quadrículas por tag</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="569"/>
        <source>Concept: {name}</source>
        <translation>Conceito: {name}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="574"/>
        <source>predicted (model threshold)</source>
        <translation>prevista (limiar do modelo)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="577"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="578"/>
        <source>Minimum probability</source>
        <translation>Probabilidade mínima</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="598"/>
        <source>{name} has no CRS.</source>
        <translation>{name} não tem SRC.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="598"/>
        <source>Its tiles will be written in pixel coordinates and will not line up with other layers; Current map extent and Polygon layer cannot limit the area. Assign a CRS (Layer Properties &gt; Source) if you know it.</source>
        <translation>Suas quadrículas serão gravadas em coordenadas de pixel e não se alinharão com outras camadas; Extensão atual do mapa e Camada de polígonos não podem limitar a área. Atribua um SRC (Propriedades da camada &gt; Fonte) se você o conhece.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="607"/>
        <source>The last run says:</source>
        <translation>A última execução diz:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="613"/>
        <source>Unfamiliar scene:</source>
        <translation>Cena desconhecida:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="626"/>
        <source>Training examples behind the flags: {listed}.</source>
        <translation>Exemplos de treino por trás dos alertas: {listed}.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="626"/>
        <source>Tags the model saw fewer than {few} times raise no flag by themselves (their probabilities are still written). Treat flags as hints; a missing flag means nothing. To find mines, logging or burns in your scene, mark a few tiles with &lt;i&gt;Teach a concept…&lt;/i&gt; (see the model card).</source>
        <translation>Tags que o modelo viu menos de {few} vezes não geram alerta sozinhas (suas probabilidades continuam gravadas). Trate os alertas como pistas; a falta de alerta não significa nada. Para achar garimpos, extração de madeira ou queimadas na sua cena, marque algumas quadrículas com &lt;i&gt;Ensinar um conceito…&lt;/i&gt; (veja o cartão do modelo).</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="32"/>
        <source>Planet classifier — Teach a concept</source>
        <translation>Planet classifier — Ensinar um conceito</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="56"/>
        <source>e.g. river_mine</source>
        <translation>ex.: garimpo_rio</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="57"/>
        <source>Becomes the fields p_&lt;name&gt; and flag_&lt;name&gt;: a-z, 0-9 and _</source>
        <translation>Vira os campos p_&lt;nome&gt; e flag_&lt;nome&gt;: a-z, 0-9 e _</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="64"/>
        <source>Mining / Logging / Slash-and-burn: flag_&lt;name&gt; also raises that group&apos;s flag and flagged. Other concept: only flag_&lt;name&gt;</source>
        <translation>Garimpo / Extração de madeira / Corte e queima: flag_&lt;nome&gt; também aciona o alerta desse grupo e flagged. Outro conceito: só flag_&lt;nome&gt;</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="67"/>
        <source>Concept</source>
        <translation>Conceito</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="66"/>
        <source>Flag group</source>
        <translation>Grupo de alerta</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="71"/>
        <source>Marks (select tiles on the map first)</source>
        <translation>Marcas (selecione antes as quadrículas no mapa)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="75"/>
        <source>Unmark</source>
        <translation>Desmarcar</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="85"/>
        <source>Flag at p ≥</source>
        <translation>Sinalizar com p ≥</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="88"/>
        <source>Tiles at or above this probability get flag_&lt;name&gt;; the map follows at once</source>
        <translation>Quadrículas com esta probabilidade ou mais recebem flag_&lt;nome&gt;; o mapa acompanha na hora</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="93"/>
        <source>Fitted</source>
        <translation>Ajustado</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="94"/>
        <source>Go back to the threshold the marks and answers give</source>
        <translation>Voltar ao limiar dado pelas marcas e respostas</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="107"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="86"/>
        <source>Start review</source>
        <translation>Iniciar revisão</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="128"/>
        <source>Yes (Y)</source>
        <translation>Sim (Y)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="129"/>
        <source>No (N)</source>
        <translation>Não (N)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="130"/>
        <source>Skip (S)</source>
        <translation>Pular (S)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="161"/>
        <source>Marks and answers (newest first)</source>
        <translation>Marcas e respostas (mais recentes primeiro)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="166"/>
        <source>Undo selected</source>
        <translation>Desfazer selecionada</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="167"/>
        <source>Forget the chosen mark or answer (the newest when none is chosen) and refit</source>
        <translation>Esquecer a marca ou resposta escolhida (a mais recente se nenhuma for escolhida) e reajustar</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="175"/>
        <source>Save concept…</source>
        <translation>Salvar conceito…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="176"/>
        <source>Write a copy of the model bundle that carries this concept, in a folder you choose; classify later scenes with it to get p_&lt;name&gt; / flag_&lt;name&gt;</source>
        <translation>Gravar uma cópia do pacote do modelo com este conceito, numa pasta que você escolher; classifique cenas futuras com ela para obter p_&lt;nome&gt; / flag_&lt;nome&gt;</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="184"/>
        <source>Load concept…</source>
        <translation>Carregar conceito…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="185"/>
        <source>Apply a saved concept file to this tile layer (the concepts folder of your QGIS profile is offered first)</source>
        <translation>Aplicar um arquivo de conceito salvo a esta camada de quadrículas (a pasta de conceitos do seu perfil do QGIS é oferecida primeiro)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="193"/>
        <source>Concepts in the model bundle</source>
        <translation>Conceitos no pacote do modelo</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="28"/>
        <source>Save the bundle with this concept into (an empty folder)</source>
        <translation>Salvar o pacote com este conceito em (uma pasta vazia)</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="41"/>
        <source>Load a concept</source>
        <translation>Carregar um conceito</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="41"/>
        <source>Concept files (*.json *.concept.json);;All files (*)</source>
        <translation>Arquivos de conceito (*.json *.concept.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="82"/>
        <source>Select a tile layer made by &lt;b&gt;Classify raster&lt;/b&gt; in the Layers panel.</source>
        <translation>Selecione no painel Camadas uma camada de quadrículas feita por &lt;b&gt;Classificar raster&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="84"/>
        <source>Tile layer: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Camada de quadrículas: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="107"/>
        <source>select a tile layer made by &apos;Classify raster&apos; first</source>
        <translation>selecione antes uma camada de quadrículas feita por 'Classificar raster'</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="140"/>
        <source>Mark selected as {name}</source>
        <translation>Marcar seleção como {name}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="141"/>
        <source>Not {name}</source>
        <translation>Não é {name}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="158"/>
        <source>No marks yet. Select tiles that show the concept, then mark them.</source>
        <translation>Nenhuma marca ainda. Selecione quadrículas que mostram o conceito e marque-as.</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="163"/>
        <source>found {found} of about {about}, reviewed {reviewed}</source>
        <translation>encontradas {found} de cerca de {about}, revisadas {reviewed}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="165"/>
        <source>{yes} marked as &lt;b&gt;{name}&lt;/b&gt;, {no} marked not {name}</source>
        <translation>{yes} marcadas como &lt;b&gt;{name}&lt;/b&gt;, {no} marcadas como não {name}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="170"/>
        <source> (yours; fitted {t:.2f})</source>
        <translation> (seu; ajustado {t:.2f})</translation>
    </message>
    <message>
        <location filename="../teach_dock/threshold.py" line="24"/>
        <source>expected precision: not known yet (no answer at or above the threshold){mine}</source>
        <translation>precisão esperada: ainda desconhecida (nenhuma resposta no limiar ou acima){mine}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="172"/>
        <source>{flagged} of {tiles} tiles flagged (p_{name} ≥ {t:.2f}, {method}); updated in {s:.2f} s</source>
        <translation>{flagged} de {tiles} quadrículas sinalizadas (p_{name} ≥ {t:.2f}, {method}); atualizado em {s:.2f} s</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="178"/>
        <source>A few marks give a rough concept: review and mark more before trusting flag_{name}.</source>
        <translation>Poucas marcas dão um conceito grosseiro: revise e marque mais antes de confiar em flag_{name}.</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="52"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="52"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="52"/>
        <source>skipped</source>
        <translation>pulada</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="57"/>
        <source>tile {row}, {col}: {answer}</source>
        <translation>quadrícula {row}, {col}: {answer}</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="59"/>
        <source>cannot read the bundle: {error}</source>
        <translation>não foi possível ler o pacote: {error}</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="61"/>
        <source>Concepts in the model bundle ({name})</source>
        <translation>Conceitos no pacote do modelo ({name})</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="65"/>
        <source>{name} ({group}, threshold {t:.2f})</source>
        <translation>{name} ({group}, limiar {t:.2f})</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="68"/>
        <source>{name}: none yet</source>
        <translation>{name}: nenhum ainda</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="135"/>
        <source>Teach</source>
        <translation>Ensinar</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="86"/>
        <source>Stop review</source>
        <translation>Parar revisão</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="119"/>
        <source>tile {row}, {col}: p_{name} = {p:.2f}</source>
        <translation>quadrícula {row}, {col}: p_{name} = {p:.2f}</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="171"/>
        <source>Nothing left to review: mark more tiles or save the concept.</source>
        <translation>Nada mais a revisar: marque mais quadrículas ou salve o conceito.</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="181"/>
        <source>Is tile {row}, {col} (p_{name} = {p:.2f}) a &lt;b&gt;{name}&lt;/b&gt;? Y yes, N no, S skip</source>
        <translation>A quadrícula {row}, {col} (p_{name} = {p:.2f}) é &lt;b&gt;{name}&lt;/b&gt;? Y sim, N não, S pular</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="87"/>
        <source>saved {name} into {path}; Classify raster now uses this bundle, so later runs flag the concept (change it under Model bundle)</source>
        <translation>{name} salvo em {path}; Classificar raster agora usa este pacote, então as próximas execuções sinalizam o conceito (troque em Pacote do modelo)</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="168"/>
        <source>name the concept first</source>
        <translation>dê antes um nome ao conceito</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="172"/>
        <source>tile {fid} is not in {layer}</source>
        <translation>a quadrícula {fid} não está em {layer}</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="174"/>
        <source>select some tiles first (any QGIS selection tool)</source>
        <translation>selecione antes algumas quadrículas (qualquer ferramenta de seleção do QGIS)</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="278"/>
        <source>the threshold must lie in 0..1</source>
        <translation>o limiar deve estar entre 0 e 1</translation>
    </message>
    <message>
        <location filename="../style.py" line="243"/>
        <source>Concept: {name} ({group})</source>
        <translation>Conceito: {name} ({group})</translation>
    </message>
    <message>
        <location filename="../style.py" line="260"/>
        <source>Marked: shows the concept</source>
        <translation>Marcada: mostra o conceito</translation>
    </message>
    <message>
        <location filename="../style.py" line="260"/>
        <source>Marked: does not show it</source>
        <translation>Marcada: não mostra</translation>
    </message>
    <message>
        <location filename="../style.py" line="340"/>
        <source>cross-validated precision</source>
        <translation>precisão em validação cruzada</translation>
    </message>
    <message>
        <location filename="../style.py" line="342"/>
        <source>cross-validated F2</source>
        <translation>F2 em validação cruzada</translation>
    </message>
    <message>
        <location filename="../style.py" line="348"/>
        <source>never in the training chips</source>
        <translation>nunca nos recortes de treino</translation>
    </message>
    <message>
        <location filename="../style.py" line="348"/>
        <source>not measured for this model</source>
        <translation>não medida para este modelo</translation>
    </message>
    <message>
        <location filename="../style.py" line="350"/>
        <source>{what} {value:.2f} ({n} training examples)</source>
        <translation>{what} {value:.2f} ({n} exemplos de treino)</translation>
    </message>
    <message>
        <location filename="__init__.py" line="29"/>
        <source>Mining</source>
        <translation>Garimpo</translation>
    </message>
    <message>
        <location filename="__init__.py" line="29"/>
        <source>Logging</source>
        <translation>Extração de madeira</translation>
    </message>
    <message>
        <location filename="__init__.py" line="29"/>
        <source>Slash-and-burn</source>
        <translation>Corte e queima</translation>
    </message>
    <message>
        <location filename="__init__.py" line="29"/>
        <source>Other concept</source>
        <translation>Outro conceito</translation>
    </message>
    <message>
        <location filename="__init__.py" line="29"/>
        <source>Several deforestation signals</source>
        <translation>Vários sinais de desmatamento</translation>
    </message>
    <message>
        <location filename="__init__.py" line="29"/>
        <source>Other tiles</source>
        <translation>Outras quadrículas</translation>
    </message>
    <message>
        <location filename="__init__.py" line="29"/>
        <source>Check / install dependencies…</source>
        <translation>Verificar / instalar dependências…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="179"/>
        <source>Save concept file…</source>
        <translation>Salvar arquivo de conceito…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="180"/>
        <source>Write the concept as a small file (weights, threshold, where it was taught, its marked tiles) into the concepts folder of your QGIS profile: Load concept… and classify --concept apply it</source>
        <translation>Gravar o conceito como um arquivo pequeno (pesos, limiar, onde foi ensinado, suas quadrículas marcadas) na pasta de conceitos do seu perfil do QGIS: Carregar conceito… e classify --concept o aplicam</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="34"/>
        <source>Save the concept as</source>
        <translation>Salvar o conceito como</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="34"/>
        <source>Concept files (*.concept.json)</source>
        <translation>Arquivos de conceito (*.concept.json)</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="109"/>
        <source>saved {name} as {path}</source>
        <translation>{name} salvo como {path}</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="129"/>
        <source>{name} would flag {n} of {tiles} tiles here, far more than where it was taught: its flags stay off until you review and mark tiles on this layer</source>
        <translation>{name} sinalizaria {n} de {tiles} quadrículas aqui, muito mais do que onde foi ensinado: seus alertas ficam desligados até você revisar e marcar quadrículas nesta camada</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="251"/>
        <source>nothing taught yet: mark a tile first</source>
        <translation>nada ensinado ainda: marque antes uma quadrícula</translation>
    </message>
    <message>
        <location filename="../style.py" line="165"/>
        <source>Only {percent} % of this tile has data (a scene&apos;s edge or nodata): its tags and flags rest on that part.</source>
        <translation>Só {percent} % desta quadrícula tem dados (borda da cena ou nodata): suas tags e alertas se baseiam nessa parte.</translation>
    </message>
    <message>
        <location filename="../style.py" line="379"/>
        <source>({percent} % data)</source>
        <translation>({percent} % com dados)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="44"/>
        <source>Y confirm · N reject (type why, Enter) · 1-4 cause · ↑/↓ next alert</source>
        <translation>Y confirmar · N rejeitar (escreva o motivo, Enter) · 1-4 causa · ↑/↓ próximo aviso</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="208"/>
        <source>mining</source>
        <translation>garimpo</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="208"/>
        <source>logging</source>
        <translation>extração de madeira</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="208"/>
        <source>slash-and-burn</source>
        <translation>corte e queima</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="208"/>
        <source>other</source>
        <translation>outra</translation>
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
        <translation>vizinhas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="217"/>
        <source>embedding</source>
        <translation>embedding</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="147"/>
        <source>Planet classifier — Alerts</source>
        <translation>Planet classifier — Avisos de mudança</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="48"/>
        <source>Open a change layer (Processing: Change between two classifications, or `change`).</source>
        <translation>Abra uma camada de mudanças (Processamento: Mudança entre duas classificações, ou `change`).</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="167"/>
        <source>Open change layer…</source>
        <translation>Abrir camada de mudanças…</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="169"/>
        <source>Export confirmed…</source>
        <translation>Exportar confirmados…</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="170"/>
        <source>GeoJSON, KML, CSV (lon/lat WGS 84), before/after thumbnails and one HTML page, in a new folder</source>
        <translation>GeoJSON, KML, CSV (lon/lat WGS 84), miniaturas de antes e depois e uma página HTML, numa pasta nova</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="269"/>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="270"/>
        <source>after</source>
        <translation>depois</translation>
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
        <translation>Rejeitar (N)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="226"/>
        <source>Change layer</source>
        <translation>Camada de mudanças</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="230"/>
        <source>New folder for the confirmed alerts</source>
        <translation>Pasta nova para os avisos confirmados</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="230"/>
        <source>Folder (*)</source>
        <translation>Pasta (*)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="435"/>
        <source>error: {error}</source>
        <translation>erro: {error}</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="261"/>
        <source>&lt;i&gt;no thumbnails: the scenes the runs recorded are missing (give them to the change algorithm)&lt;/i&gt;</source>
        <translation>&lt;i&gt;sem miniaturas: faltam as cenas que as execuções registraram (informe-as ao algoritmo de mudança)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="388"/>
        <source>no image</source>
        <translation>sem imagem</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="322"/>
        <source>confirmed: {cause}</source>
        <translation>confirmado: {cause}</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="322"/>
        <source>rejected: {reason}</source>
        <translation>rejeitado: {reason}</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="277"/>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="382"/>
        <source>type why this is not a change, then press Enter</source>
        <translation>escreva por que não é uma mudança e tecle Enter</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="277"/>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="277"/>
        <source>rejected</source>
        <translation>rejeitado</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="501"/>
        <source>Review alerts…</source>
        <translation>Revisar avisos…</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="501"/>
        <source>Confirm or reject each change alert on its before/after pair; export the confirmed</source>
        <translation>Confirmar ou rejeitar cada aviso de mudança no seu par antes/depois; exportar os confirmados</translation>
    </message>
    <message>
        <location filename="../style.py" line="177"/>
        <source>Tags weak for this model (not listed above nor on the map):</source>
        <translation>Tags fracas neste modelo (não listadas acima nem no mapa):</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="201"/>
        <source>why it is not a change (needed to reject)</source>
        <translation>por que não é mudança (exigido ao rejeitar)</translation>
    </message>
    <message>
        <location filename="../style.py" line="142"/>
        <source>Tile</source>
        <translation>Quadrícula</translation>
    </message>
    <message>
        <location filename="../style.py" line="142"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../style.py" line="142"/>
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../style.py" line="142"/>
        <source>score</source>
        <translation>pontuação</translation>
    </message>
    <message>
        <location filename="../style.py" line="142"/>
        <source>Most probable</source>
        <translation>Mais prováveis</translation>
    </message>
    <message>
        <location filename="../style.py" line="144"/>
        <source>flagged</source>
        <translation>sinalizada</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="102"/>
        <source>Where?</source>
        <translation>Onde?</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="118"/>
        <source>Outline where in each chip the concept is (the best quarter of the tile), on the chip and on the map. Reruns the network on 9 windows around each chip, read from the raster the layer was classified from: a few seconds for the gallery, in the background</source>
        <translation>Contorna onde o conceito está em cada recorte (o melhor quarto da quadrícula), no recorte e no mapa. Roda a rede de novo em 9 janelas em volta de cada recorte, lidas do raster de que a camada foi classificada: alguns segundos para a galeria, em segundo plano</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="182"/>
        <source>flag_{name} stays off here: it would flag far more of this layer than where it was taught. Review and mark tiles here to confirm it.</source>
        <translation>flag_{name} fica desligado aqui: sinalizaria muito mais desta camada do que onde foi ensinado. Revise e marque quadrículas aqui para confirmá-lo.</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="112"/>
        <source>Show the tiles not yet looked at as chips, likeliest first by your marks and answers so far (so the order can differ from the p under each chip); answer with Y / N / S, move with the arrow keys</source>
        <translation>Mostra como recortes as quadrículas ainda não vistas, as mais prováveis primeiro segundo suas marcas e respostas até agora (por isso a ordem pode diferir do p sob cada recorte); responda com Y / N / S, mova-se com as setas</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="71"/>
        <source>concept {name}</source>
        <translation>conceito {name}</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="26"/>
        <source>New flag, {confidence} confidence</source>
        <translation>Alerta novo, confiança {confidence}</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="27"/>
        <source>No new flag</source>
        <translation>Sem alerta novo</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="54"/>
        <source>Taught concept</source>
        <translation>Conceito ensinado</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="76"/>
        <source>Tags gained:</source>
        <translation>Tags ganhas:</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="76"/>
        <source>Tags lost:</source>
        <translation>Tags perdidas:</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="177"/>
        <source>Tile {fid} is no longer in the layer: answer another chip.</source>
        <translation>A quadrícula {fid} não está mais na camada: responda outro recorte.</translation>
    </message>
    <message>
        <location filename="../style.py" line="79"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../style.py" line="79"/>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location filename="../style.py" line="79"/>
        <source>Valid-pixel coverage</source>
        <translation>Cobertura de pixels válidos</translation>
    </message>
    <message>
        <location filename="../style.py" line="79"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../style.py" line="80"/>
        <source>Flagged (any)</source>
        <translation>Sinalizada (algum alerta)</translation>
    </message>
    <message>
        <location filename="../style.py" line="80"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../style.py" line="83"/>
        <source>Score: {title}</source>
        <translation>Pontuação: {title}</translation>
    </message>
    <message>
        <location filename="../style.py" line="92"/>
        <source>Flag: {title}</source>
        <translation>Alerta: {title}</translation>
    </message>
    <message>
        <location filename="../style.py" line="114"/>
        <source>Tags and probabilities</source>
        <translation>Tags e probabilidades</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="99"/>
        <source>cancelled: tick Where? again to locate the chips</source>
        <translation>cancelado: marque Onde? de novo para localizar nos recortes</translation>
    </message>
    <message>
        <location filename="../style.py" line="65"/>
        <source>{scene} tiles {time}</source>
        <translation>{scene} quadrículas {time}</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="70"/>
        <source>Model bundle folder (empty = bundled model)</source>
        <translation>Pasta do pacote do modelo (vazio = modelo incluído)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="94"/>
        <source>Most tiles to classify (--max-tiles)</source>
        <translation>Máximo de quadrículas a classificar (--max-tiles)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="93"/>
        <source>Classify raster</source>
        <translation>Classificar raster</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="107"/>
        <source>Planet scene</source>
        <translation>Cena Planet</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="109"/>
        <source>Band mapping (e.g. red=3,green=2,blue=1; empty = automatic)</source>
        <translation>Mapeamento de bandas (ex.: red=3,green=2,blue=1; vazio = automático)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="111"/>
        <source>Limit to extent</source>
        <translation>Limitar à extensão</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="112"/>
        <source>Limit to polygons</source>
        <translation>Limitar aos polígonos</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="114"/>
        <source>Store tile embeddings (needed to teach concepts from marked tiles)</source>
        <translation>Guardar os embeddings das quadrículas (para ensinar conceitos com quadrículas marcadas)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="117"/>
        <source>Apply concept files (.concept.json)</source>
        <translation>Aplicar arquivos de conceito (.concept.json)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="120"/>
        <source>Tiles</source>
        <translation>Quadrículas</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="122"/>
        <source>Tiles classified</source>
        <translation>Quadrículas classificadas</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="122"/>
        <source>Tiles skipped (no data)</source>
        <translation>Quadrículas puladas (sem dados)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="122"/>
        <source>Tiles flagged</source>
        <translation>Quadrículas sinalizadas</translation>
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
        <translation>Mudança entre duas classificações</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="71"/>
        <source>Compares two tile layers of the same place (from Classify raster, the batch command or the plugin), or two rasters: these are classified first on one tile grid (AFTER resampled onto BEFORE&apos;s when its CRS or pixel size differs, after a co-registration check), with the model settings under Advanced. Runs of one CRS and pixel size share the tile grid and are compared tile by tile; others are compared on the overlap. For every AFTER tile: tags gained and lost, the change of each flag group&apos;s score and the new flags that pass the alert rule: an isolated new flag needs a score rise of the margin, one beside a tile raising the same flag the minimum rise. Confidence: nominal (an alert), high (score rise and a second evidence: neighbours or the embedding moved far), highest (all three). Dates come from the runs (scene metadata or Planet file name), else are unknown unless given. The scenes give the before/after thumbnails of the report, the export and the Alerts panel (default: the scenes the runs recorded). Review the alerts in the Alerts panel; the export folder hands them off as GeoJSON, KML, CSV and HTML.</source>
        <translation>Compara duas camadas de quadrículas do mesmo lugar (de Classificar raster, do comando batch ou do plugin), ou dois rasters: estes são classificados primeiro numa mesma grade de quadrículas (AFTER reamostrado para a grade de BEFORE quando o SRC ou o tamanho do pixel difere, após uma verificação do registro entre os dois), com as opções do modelo em Parâmetros avançados. Execuções de um mesmo SRC e tamanho de pixel compartilham a grade e são comparadas quadrícula a quadrícula; as demais, na sobreposição. Para cada quadrícula de AFTER: tags ganhas e perdidas, a mudança da pontuação de cada grupo de alerta e os alertas novos que passam pela regra de aviso: um alerta novo isolado precisa de um aumento de pontuação igual à margem; um ao lado de uma quadrícula com o mesmo alerta, do aumento mínimo. Confiança: nominal (um aviso), alta (aumento de pontuação e um segundo sinal: vizinhas ou um embedding que se afastou muito), máxima (os três). As datas vêm das execuções (metadados da cena ou nome do arquivo Planet); senão ficam desconhecidas, a menos que sejam informadas. As cenas dão as miniaturas de antes e depois do relatório, da exportação e do painel Avisos de mudança (padrão: as cenas que as execuções registraram). Revise os avisos no painel Avisos de mudança; a pasta de exportação os entrega como GeoJSON, KML, CSV e HTML.</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="86"/>
        <source>Earlier tile layer or raster (BEFORE)</source>
        <translation>Camada de quadrículas ou raster anterior (BEFORE)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="86"/>
        <source>Later tile layer or raster (AFTER, the same kind)</source>
        <translation>Camada de quadrículas ou raster posterior (AFTER, do mesmo tipo)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="90"/>
        <source>BEFORE scene (thumbnails)</source>
        <translation>Cena BEFORE (miniaturas)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="92"/>
        <source>AFTER scene (thumbnails)</source>
        <translation>Cena AFTER (miniaturas)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="94"/>
        <source>Score rise an isolated new flag needs</source>
        <translation>Aumento de pontuação exigido de um alerta novo isolado</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="96"/>
        <source>Score rise beside a flagged neighbour</source>
        <translation>Aumento de pontuação ao lado de uma vizinha sinalizada</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="98"/>
        <source>Embedding distance quantile for &apos;moved far&apos;</source>
        <translation>Quantil da distância de embedding para 'afastou-se muito'</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="101"/>
        <source>BEFORE acquisition date (YYYY-MM-DD; default: recorded)</source>
        <translation>Data de aquisição de BEFORE (AAAA-MM-DD; padrão: a registrada)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="101"/>
        <source>AFTER acquisition date (YYYY-MM-DD; default: recorded)</source>
        <translation>Data de aquisição de AFTER (AAAA-MM-DD; padrão: a registrada)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="104"/>
        <source>Unknown date: use the file time</source>
        <translation>Data desconhecida: usar a data do arquivo</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="106"/>
        <source>Change</source>
        <translation>Mudanças</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="108"/>
        <source>HTML report</source>
        <translation>Relatório HTML</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="108"/>
        <source>HTML files (*.html)</source>
        <translation>Arquivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="110"/>
        <source>Export alerts to a new folder</source>
        <translation>Exportar os avisos para uma pasta nova</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="114"/>
        <source>Tiles compared</source>
        <translation>Quadrículas comparadas</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="114"/>
        <source>Alerts (new flags)</source>
        <translation>Avisos (alertas novos)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="190"/>
        <source>Change {before} → {after}</source>
        <translation>Mudança {before} → {after}</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="48"/>
        <source>Teach concept from selected features</source>
        <translation>Ensinar conceito pelas feições selecionadas</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="63"/>
        <source>Tile layer (selected tiles = positives)</source>
        <translation>Camada de quadrículas (quadrículas selecionadas = positivas)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="64"/>
        <source>Concept name (a-z, 0-9, _)</source>
        <translation>Nome do conceito (a-z, 0-9, _)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="74"/>
        <source>Model bundle the tiles were classified with (empty = the bundled model)</source>
        <translation>Pacote do modelo com que as quadrículas foram classificadas (vazio = o modelo incluído)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="79"/>
        <source>Tile layer</source>
        <translation>Camada de quadrículas</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="80"/>
        <source>Tiles flagged by the concept</source>
        <translation>Quadrículas sinalizadas pelo conceito</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="81"/>
        <source>Threshold of flag_&lt;name&gt;</source>
        <translation>Limiar de flag_&lt;nome&gt;</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="82"/>
        <source>Bundle saved to</source>
        <translation>Pacote salvo em</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="96"/>
        <source>Tags every tile (256x256 px by default) of a Planet scene with the 17 Planet-Amazon labels and flags mining, selective logging and slash-and-burn. The output GeoPackage layer &apos;tiles&apos; holds every tag&apos;s probability (p_TAG, e.g. p_primary), the predicted tags and flag fields; it is styled so that flagged tiles stand out.

Model bundle: a folder with manifest.json and model.onnx (empty = the bundled model). Band mapping: e.g. red=3,green=2,blue=1 (empty = from band descriptions or the Planet layout). Limit to an extent and/or a polygon layer (tick &apos;Selected features only&apos; to use the selection). Concept files (saved by Teach a concept or teach --save-concept) are applied to the new layer: p_NAME on every tile (NAME: the concept&apos;s), flag_NAME at p &gt;= 0.5 or the concept&apos;s taught threshold if higher; so is a concept taught into the model bundle (Save concept..., teach --save-to).</source>
        <translation>Atribui a cada quadrícula (256x256 px por padrão) de uma cena Planet as 17 tags do Planet-Amazon e sinaliza garimpo, extração seletiva de madeira e corte e queima. A camada 'tiles' do GeoPackage de saída guarda a probabilidade de cada tag (p_TAG, ex.: p_primary), as tags previstas e os campos de alerta; seu estilo destaca as quadrículas sinalizadas.

Pacote do modelo: uma pasta com manifest.json e model.onnx (vazio = o modelo incluído). Mapeamento de bandas: ex.: red=3,green=2,blue=1 (vazio = a partir das descrições das bandas ou da ordem Planet). Limite a uma extensão e/ou a uma camada de polígonos (ative a opção de feições selecionadas da camada para usar a seleção). Os arquivos de conceito (salvos por Ensinar um conceito ou teach --save-concept) são aplicados à nova camada: p_NOME em cada quadrícula (NOME: o do conceito), flag_NOME com p &gt;= 0,5 ou com o limiar ensinado do conceito, se for maior; o mesmo vale para um conceito ensinado no pacote do modelo (Salvar conceito…, teach --save-to).</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="55"/>
        <source>Teaches a concept from a few tiles of a tile layer written by &apos;Classify raster&apos;: the SELECTED tiles show it; tiles matching the optional negative expression do not. Uses the embeddings stored with the tiles (the network does not run again) and writes p_NAME (0..1) and flag_NAME (NAME: the concept&apos;s) into the layer&apos;s GeoPackage in place, refolding the group flags and scores. With &apos;Save bundle with the concept to&apos;, a copy of the model bundle that carries the concept is written there (never inside the plugin); classify later scenes with it to apply the concept.</source>
        <translation>Ensina um conceito a partir de algumas quadrículas de uma camada de quadrículas gravada por 'Classificar raster': as quadrículas SELECIONADAS o mostram; as que atendem à expressão negativa opcional, não. Usa os embeddings guardados com as quadrículas (a rede não roda de novo) e grava p_NOME (0..1) e flag_NOME (NOME: o do conceito) no próprio GeoPackage da camada, recalculando os alertas e as pontuações dos grupos. Com 'Salvar o pacote com o conceito em', uma cópia do pacote do modelo com o conceito é gravada lá (nunca dentro do plugin); classifique cenas futuras com ela para aplicar o conceito.</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="69"/>
        <source>More positive tiles (expression; for qgis_process and models, where nothing is selected)</source>
        <translation>Mais quadrículas positivas (expressão; para qgis_process e modelos, onde nada está selecionado)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="72"/>
        <source>Negative tiles (expression)</source>
        <translation>Quadrículas negativas (expressão)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="77"/>
        <source>Save bundle with the concept to</source>
        <translation>Salvar o pacote com o conceito em</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="182"/>
        <source>classification finished: {path} was written but not added as a layer, as the project it was started in was closed (add it with Layer &gt; Add Layer)</source>
        <translation>a classificação terminou: {path} foi gravado, mas não foi adicionado como camada, pois o projeto em que ela começou foi fechado (adicione-o com Camada &gt; Adicionar camada)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="425"/>
        <source>found from the model bundle&apos;s bands once a model bundle can be read</source>
        <translation>vem das bandas do pacote de modelo quando um pacote de modelo puder ser lido</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="129"/>
        <source>{name} was taught from only {k}, too few to trust: its flags stay off until you review here</source>
        <translation>{name} foi ensinado com apenas {k}, pouco para confiar: seus alertas ficam desligados até você revisar aqui</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="449"/>
        <source>tile</source>
        <translation>quadrícula</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="135"/>
        <source>tiles</source>
        <translation>quadrículas</translation>
    </message>
    <message>
        <location filename="../teach_dock/threshold.py" line="24"/>
        <source>expected precision {p:.0%} (from {answers}){mine}</source>
        <translation>precisão esperada {p:.0%} (de {answers}){mine}</translation>
    </message>
    <message>
        <location filename="../teach_dock/threshold.py" line="24"/>
        <source>answer</source>
        <translation>resposta</translation>
    </message>
    <message>
        <location filename="../teach_dock/threshold.py" line="24"/>
        <source>answers</source>
        <translation>respostas</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="74"/>
        <source>Planet classifier: where in {chips}</source>
        <translation>Planet classifier: onde em {chips}</translation>
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
        <translation>{tiles}, {skipped} puladas, {flagged} sinalizadas; {speed:.1f} recortes/s em {device} ({backend})</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="326"/>
        <source>tile processed</source>
        <translation>quadrícula processada</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="326"/>
        <source>tiles processed</source>
        <translation>quadrículas processadas</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="636"/>
        <source>{tiles}, {skipped} skipped (no data), {flagged} flagged{detail}; {speed:.1f} chips/s on {device} ({backend}) -&gt; {path}</source>
        <translation>{tiles}, {skipped} puladas (sem dados), {flagged} sinalizadas{detail}; {speed:.1f} recortes/s em {device} ({backend}) -&gt; {path}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="637"/>
        <source>tile classified</source>
        <translation>quadrícula classificada</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="637"/>
        <source>tiles classified</source>
        <translation>quadrículas classificadas</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="186"/>
        <source>change finished: {path} was written but not added as a layer, as the project it was started in was closed (add it with Layer &gt; Add Layer)</source>
        <translation>a comparação terminou: {path} foi gravado, mas não foi adicionado como camada, pois o projeto em que ela começou foi fechado (adicione-o com Camada &gt; Adicionar camada)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="145"/>
        <source>output {output} is open in QGIS as layer {name!r}: replacing the file under it would lose what is edited or reviewed there (two rows of a batch given one output do that); choose another name, or remove that layer first</source>
        <translation>a saída {output} está aberta no QGIS como a camada {name!r}: substituir o arquivo por baixo dela perderia o que foi editado ou revisado nela (duas linhas de um lote com a mesma saída fazem isso); escolha outro nome ou remova essa camada antes</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="151"/>
        <source> and {n} more</source>
        <translation> e mais {n}</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="153"/>
        <source>output {output} is a GeoPackage that holds {listed}, which replacing it would lose (the run writes a GeoPackage of its own, layer &apos;{layer}&apos;); give a new file name</source>
        <translation>a saída {output} é um GeoPackage que contém {listed}, que seriam perdidos ao substituí-lo (a execução grava um GeoPackage próprio, camada '{layer}'); dê um nome de arquivo novo</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="170"/>
        <source>{first} and {last}</source>
        <translation>{first} e {last}</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="171"/>
        <source>rows {rows} of the batch all write {path}: each would replace the one before; give each row its own output (none of these rows was run)</source>
        <translation>as linhas {rows} do lote gravam todas {path}: cada uma substituiria a anterior; dê a cada linha a sua própria saída (nenhuma dessas linhas foi executada)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="171"/>
        <source>rows {rows} of the batch both write {path}: the later would replace the earlier; give each row its own output (neither row was run)</source>
        <translation>as linhas {rows} do lote gravam ambas {path}: a posterior substituiria a anterior; dê a cada linha a sua própria saída (nenhuma das duas foi executada)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="282"/>
        <source>{name!r} is read by QGIS&apos;s {provider!r} provider (a temporary layer is another algorithm&apos;s copy), not from a tile GeoPackage made by &apos;Classify raster&apos;; choose {which} it wrote (in a model: its Tiles output)</source>
        <translation>{name!r} é lida pelo provedor {provider!r} do QGIS (uma camada temporária é a cópia de outro algoritmo), não de um GeoPackage de quadrículas feito por 'Classificar raster'; escolha {which} que ele gravou (num modelo: a sua saída Quadrículas)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="289"/>
        <source>{which} {name!r} reads {path}, which is no longer there (deleted or moved since it was loaded); load the GeoPackage from where it is now, or classify again</source>
        <translation>{which} {name!r} lê {path}, que não está mais lá (apagado ou movido depois de carregado); carregue o GeoPackage de onde ele está agora, ou classifique de novo</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="379"/>
        <source>{path} cannot be written: {folder} is a file, not a folder; choose another place</source>
        <translation>não é possível gravar {path}: {folder} é um arquivo, não uma pasta; escolha outro lugar</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="383"/>
        <source>{path} cannot be written: folder {folder} cannot be made ({reason})</source>
        <translation>não é possível gravar {path}: a pasta {folder} não pode ser criada ({reason})</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="131"/>
        <source>choose a raster layer to classify</source>
        <translation>escolha uma camada raster para classificar</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="144"/>
        <source>give either an extent or a polygon layer, not both</source>
        <translation>informe uma extensão ou uma camada de polígonos, não as duas</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="124"/>
        <source>give two tile layers or two rasters, not one of each</source>
        <translation>informe duas camadas de quadrículas ou dois rasters, não um de cada</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="125"/>
        <source>the {side} tile layer</source>
        <translation>a camada de quadrículas {side}</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="129"/>
        <source>the {side} tile layer {name!r} has unsaved edits, which the comparison would not see (it reads the GeoPackage): save or discard them first</source>
        <translation>a camada de quadrículas {side} {name!r} tem edições não salvas, que a comparação não veria (ela lê o GeoPackage): salve-as ou descarte-as antes</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="91"/>
        <source>{parameter} expression: {error}</source>
        <translation>expressão {parameter}: {error}</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="95"/>
        <source>{parameter} expression {expression!r} cannot be evaluated on {layer}: {error}; correct the expression</source>
        <translation>a expressão {parameter} {expression!r} não pode ser avaliada em {layer}: {error}; corrija a expressão</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="105"/>
        <source>choose a tile layer made by &apos;Classify raster&apos;</source>
        <translation>escolha uma camada de quadrículas feita por 'Classificar raster'</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="107"/>
        <source>the tile layer</source>
        <translation>a camada de quadrículas</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="111"/>
        <source>select the tiles that show the concept in {layer} first (or give a positive expression)</source>
        <translation>selecione antes as quadrículas que mostram o conceito em {layer} (ou informe uma expressão positiva)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="95"/>
        <source>Written by the Planet deforestation classifier.</source>
        <translation>Gerado pelo classificador de desmatamento Planet.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="203"/>
        <source>Planet classifier: change report</source>
        <translation>Classificador Planet: relatório de mudanças</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="246"/>
        <source>thumbnails need both scenes: pass --before-scene and --after-scene (every classify run records its scene; this one&apos;s is missing or moved)</source>
        <translation>as miniaturas precisam das duas cenas: passe --before-scene e --after-scene (toda classificação registra a sua cena; a desta está faltando ou foi movida)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="249"/>
        <source>lat, lon</source>
        <translation>lat., long.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="249"/>
        <source>row, col (no CRS)</source>
        <translation>linha, coluna (sem SRC)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="267"/>
        <source>Showing the {shown} first of {n} alerts; the change GeoPackage has all.</source>
        <translation>Mostrando os {shown} primeiros de {n} alertas; o GeoPackage de mudanças tem todos.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="277"/>
        <source>cause</source>
        <translation>causa</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="269"/>
        <source>new flags</source>
        <translation>sinalizações novas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="269"/>
        <source>confidence</source>
        <translation>confiança</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="269"/>
        <source>evidence</source>
        <translation>evidências</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="269"/>
        <source>score rise</source>
        <translation>aumento da pontuação</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="270"/>
        <source>tags gained / lost</source>
        <translation>rótulos ganhos / perdidos</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="275"/>
        <source>No alerts.</source>
        <translation>Nenhum alerta.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="277"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="278"/>
        <source>Each alert counted once: under the cause the analyst confirmed, else the flag group that raised it (a taught concept under its group).</source>
        <translation>Cada alerta contado uma vez: na causa que o analista confirmou, senão no grupo de sinalização que o levantou (um conceito ensinado no seu grupo).</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="288"/>
        <source>{side} {scene}, acquired {date}</source>
        <translation>{side} {scene}, adquirida em {date}</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="288"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="288"/>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="293"/>
        <source>{compared} tiles compared ({left_out} AFTER tiles without a BEFORE tile left out); {alerts}: {by_confidence}.</source>
        <translation>{compared} quadrículas comparadas ({left_out} quadrículas de DEPOIS sem quadrícula de ANTES deixadas de fora); {alerts}: {by_confidence}.</translation>
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
        <translation>alertas por causa e confiança</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="299"/>
        <source>Review: alerts per cause</source>
        <translation>Revisão: alertas por causa</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="299"/>
        <source>Alerts, highest confidence first</source>
        <translation>Alertas, maior confiança primeiro</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="301"/>
        <source>Alert rule: {rule}.</source>
        <translation>Regra de alerta: {rule}.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="301"/>
        <source>Map: the AFTER scene, alerts outlined by confidence and numbered as in the table. Thumbnails: the AFTER tile&apos;s footprint outlined in both scenes.</source>
        <translation>Mapa: a cena de DEPOIS, com os alertas contornados por confiança e numerados como na tabela. Miniaturas: o contorno da quadrícula de DEPOIS nas duas cenas.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="474"/>
        <source>alerts on the AFTER scene</source>
        <translation>alertas na cena de DEPOIS</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="224"/>
        <source>unknown date</source>
        <translation>data desconhecida</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="225"/>
        <source>metadata</source>
        <translation>metadados</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="225"/>
        <source>file name</source>
        <translation>nome do arquivo</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="225"/>
        <source>given</source>
        <translation>informada</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="226"/>
        <source>file time of the GeoPackage</source>
        <translation>data do arquivo GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="144"/>
        <source>nominal: an alert; high: score rise and one more evidence (neighbours or embedding); highest: all three; all of one flag (on a tile with several new flags, the one of highest confidence)</source>
        <translation>nominal: um alerta; alta: aumento da pontuação e mais uma evidência (vizinhas ou embedding); máxima: as três; tudo de uma mesma sinalização (numa quadrícula com várias sinalizações novas, a de maior confiança)</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="151"/>
        <source>alert: a flag raised on AFTER and on no overlapping BEFORE tile, on a tile compared like for like where neither date saw cloud (BEFORE tagged cloudy, at the bundle&apos;s threshold; AFTER p_cloudy &gt;= {after_cloud}), whose score rose by &gt;= {min_rise} when a neighbouring AFTER tile raises the same flag, or by &gt;= {margin} when isolated (a rise counted above the scene-wide lift of the score: its median rise over the tiles scoring under {background} on both dates). Evidence: rise (score rose &gt;= {margin}), neighbours (a neighbour raises the same flag), embedding (cosine distance to the BEFORE tile above the {far} quantile of this comparison). {confidence}</source>
        <translation>alerta: uma sinalização levantada em DEPOIS e em nenhuma quadrícula sobreposta de ANTES, numa quadrícula comparada em igualdade de condições onde nenhuma das datas viu nuvem (ANTES com o rótulo cloudy, no limiar do pacote do modelo; DEPOIS com p_cloudy &gt;= {after_cloud}), cuja pontuação subiu &gt;= {min_rise} quando uma quadrícula vizinha de DEPOIS levanta a mesma sinalização, ou &gt;= {margin} quando isolada (um aumento contado acima da elevação da pontuação em toda a cena: seu aumento mediano nas quadrículas com pontuação abaixo de {background} nas duas datas). Evidências: aumento (a pontuação subiu &gt;= {margin}), vizinhas (uma vizinha levanta a mesma sinalização), embedding (distância de cosseno até a quadrícula de ANTES acima do quantil {far} desta comparação). {confidence}</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="126"/>
        <source>BEFORE and AFTER: {message}</source>
        <translation>ANTES e DEPOIS: {message}</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="126"/>
        <source>BEFORE: {message}</source>
        <translation>ANTES: {message}</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="126"/>
        <source>AFTER: {message}</source>
        <translation>DEPOIS: {message}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="190"/>
        <source>the model saw fewer than {minimum} training examples of {seen}: these tags raise no flag by themselves (their p_ fields are written)</source>
        <translation>o modelo viu menos de {minimum} exemplos de treino de {seen}: esses rótulos não levantam sinalização sozinhos (seus campos p_ são gravados)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="192"/>
        <source>; flags come from the bundle&apos;s concepts {taught}</source>
        <translation>; as sinalizações vêm dos conceitos do pacote do modelo {taught}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="193"/>
        <source>; teach a concept from a few marked tiles to flag what you hunt</source>
        <translation>; ensine um conceito a partir de algumas quadrículas marcadas para sinalizar o que você procura</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="353"/>
        <source>{scene} is now drawn in natural colour: bands {bands} as red, green, blue, as the classifier read them (Layer Properties &gt; Symbology changes it)</source>
        <translation>{scene} agora é exibida em cores naturais: bandas {bands} como vermelho, verde, azul, como o classificador as leu (Propriedades da camada &gt; Simbologia altera isso)</translation>
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
        <translation>aviso de mudança</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="443"/>
        <source>alerts</source>
        <translation>avisos de mudança</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="324"/>
        <source>&lt;b&gt;{cause}&lt;/b&gt; (new flags: {flags}) · &lt;b&gt;{confidence}&lt;/b&gt; confidence ({evidence}) · score +{rise:.2f} · {neighbours}</source>
        <translation>&lt;b&gt;{cause}&lt;/b&gt; (alertas novos: {flags}) · confiança &lt;b&gt;{confidence}&lt;/b&gt; ({evidence}) · pontuação +{rise:.2f} · {neighbours}</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="324"/>
        <source>flagged neighbour</source>
        <translation>vizinha sinalizada</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="324"/>
        <source>flagged neighbours</source>
        <translation>vizinhas sinalizadas</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="407"/>
        <source>{done}; {open} left.</source>
        <translation>{done}; a revisar: {open}.</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="407"/>
        <source>open alert</source>
        <translation>aviso em aberto</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="407"/>
        <source>open alerts</source>
        <translation>avisos em aberto</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="445"/>
        <source>{alerts} exported to {folder} (GeoJSON, KML, CSV, HTML)</source>
        <translation>Exportação para {folder}: {alerts} (GeoJSON, KML, CSV, HTML)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="448"/>
        <source>{alerts} exported to {folder} (GeoJSON, KML, CSV, HTML, thumbnails)</source>
        <translation>Exportação para {folder}: {alerts} (GeoJSON, KML, CSV, HTML, miniaturas)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="450"/>
        <source>{alerts} exported to {folder} (GeoJSON, KML, CSV, HTML; no thumbnails: the scenes are not known)</source>
        <translation>Exportação para {folder}: {alerts} (GeoJSON, KML, CSV, HTML; sem miniaturas: as cenas não são conhecidas)</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="75"/>
        <source>concept {name}: flag_{name} on {flagged} of {tiles} tiles ({share}; p &gt;= {t})</source>
        <translation>conceito {name}: flag_{name} em {flagged} de {tiles} quadrículas ({share}; p &gt;= {t})</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="78"/>
        <source>no tile here reaches p &gt;= {t}, so it flags nothing; from so few tiles that is no all-clear</source>
        <translation>nenhuma quadrícula aqui chega a p &gt;= {t}, então nada é sinalizado; com tão poucas quadrículas isso não quer dizer que a cena está limpa</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="78"/>
        <source>its 1 flag here is unconfirmed and flag_{name} is left off</source>
        <translation>sua 1 sinalização aqui não está confirmada e flag_{name} fica desligado</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="78"/>
        <source>its {n} flags here are unconfirmed and flag_{name} is left off</source>
        <translation>suas {n} sinalizações aqui não estão confirmadas e flag_{name} fica desligado</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="84"/>
        <source>concept {name} was fitted to {labelled} only (a rough concept): {held} (sort by p_{name} and review, or answer its review where it was taught and save it again)</source>
        <translation>o conceito {name} foi ajustado a apenas {labelled} (um conceito grosseiro): {held} (ordene por p_{name} e revise, ou responda à revisão onde ele foi ensinado e salve-o de novo)</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="85"/>
        <source>labelled tile</source>
        <translation>quadrícula rotulada</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="85"/>
        <source>labelled tiles</source>
        <translation>quadrículas rotuladas</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="87"/>
        <source>concept {name} would flag {would} of {tiles} tiles ({weighed} of the scene by area, edge slivers weighing their coverage), far more than the {taught} of the scene it was taught on: its flags here are unconfirmed and flag_{name} is left off (sort by p_{name} and review, or teach it on this scene)</source>
        <translation>o conceito {name} sinalizaria {would} de {tiles} quadrículas ({weighed} da cena em área, as bordas pesando pela cobertura), muito mais que os {taught} da cena onde foi ensinado: suas sinalizações aqui não estão confirmadas e flag_{name} fica desligado (ordene por p_{name} e revise, ou ensine-o nesta cena)</translation>
    </message>
</context>
</TS>
