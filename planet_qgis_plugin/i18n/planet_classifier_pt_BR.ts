<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin.py" line="54"/>
        <source>Classify raster…</source>
        <translation>Classificar raster…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="54"/>
        <source>Tag every tile of a Planet scene and flag deforestation</source>
        <translation>Atribuir tags a cada quadrícula de uma cena Planet e sinalizar desmatamento</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="56"/>
        <source>Show flagged tiles only</source>
        <translation>Mostrar só quadrículas sinalizadas</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="56"/>
        <source>Show only tiles flagged for mining, logging or slash-and-burn</source>
        <translation>Mostrar só quadrículas sinalizadas por garimpo, extração de madeira ou corte e queima</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="60"/>
        <source>Filter tiles by tag…</source>
        <translation>Filtrar quadrículas por tag…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="60"/>
        <source>Show tiles with a tag (minimum probability)</source>
        <translation>Mostrar quadrículas com uma tag (probabilidade mínima)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="63"/>
        <source>Clear tile filter</source>
        <translation>Limpar filtro de quadrículas</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="63"/>
        <source>Show all tiles again</source>
        <translation>Mostrar todas as quadrículas de novo</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="66"/>
        <source>Teach a concept…</source>
        <translation>Ensinar um conceito…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="66"/>
        <source>Mark a few tiles; the plugin finds the rest and remembers the concept</source>
        <translation>Marque algumas quadrículas; o plugin encontra as demais e guarda o conceito</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="72"/>
        <source>Check for onnxruntime and rasterio and install them if missing</source>
        <translation>Verificar onnxruntime e rasterio e instalá-los se faltarem</translation>
    </message>
    <message>
        <location filename="__init__.py" line="117"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="__init__.py" line="118"/>
        <source>Open the plugin&apos;s manual</source>
        <translation>Abrir o manual do plugin</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="169"/>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="198"/>
        <source>missing Python package(s) in QGIS&apos;s Python: {names}</source>
        <translation>faltam pacotes Python no Python do QGIS: {names}</translation>
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

Instalar agora?</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="238"/>
        <source>nothing to install: {message}</source>
        <translation>nada a instalar: {message}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="247"/>
        <source>installing {names} with pip (see the &apos;Planet classifier&apos; log tab)</source>
        <translation>instalando {names} com pip (veja a aba de registro 'Planet classifier')</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="247"/>
        <source>Folder: {folder}
Command: {command}</source>
        <translation>Pasta: {folder}
Comando: {command}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="259"/>
        <source>; still missing: {names} (restart QGIS)</source>
        <translation>; ainda faltam: {names} (reinicie o QGIS)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="351"/>
        <source>classification cancelled; no output was written</source>
        <translation>classificação cancelada; nenhuma saída foi gravada</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="353"/>
        <source>classification failed</source>
        <translation>a classificação falhou</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="374"/>
        <source>classification finished but {path} could not be opened as a layer</source>
        <translation>a classificação terminou, mas {path} não pôde ser aberto como camada</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="386"/>
        <source>Output: {path}</source>
        <translation>Saída: {path}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="386"/>
        <source>Band mapping: {bands}</source>
        <translation>Mapeamento de bandas: {bands}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="417"/>
        <source>select a tile layer made by &apos;Classify raster&apos; in the Layers panel first</source>
        <translation>selecione antes no painel Camadas uma camada de quadrículas feita por 'Classificar raster'</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="469"/>
        <source>no tile is flagged in {name}: all its tiles stay shown</source>
        <translation>nenhuma quadrícula está sinalizada em {name}: todas continuam visíveis</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="473"/>
        <source>could not filter {name}</source>
        <translation>não foi possível filtrar {name}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="87"/>
        <source>Whole raster</source>
        <translation>Raster inteiro</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="87"/>
        <source>Current map extent</source>
        <translation>Extensão atual do mapa</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="290"/>
        <source>Polygon layer</source>
        <translation>Camada de polígonos</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="114"/>
        <source>the output folder {folder} does not exist; choose another output GeoPackage</source>
        <translation>a pasta de saída {folder} não existe; escolha outro GeoPackage de saída</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="117"/>
        <source>cannot write into {folder} (read-only or shared); choose another output GeoPackage</source>
        <translation>não é possível gravar em {folder} (somente leitura ou compartilhada); escolha outro GeoPackage de saída</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="200"/>
        <source>Planet classifier — Classify raster</source>
        <translation>Planet classifier — Classificar raster</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="234"/>
        <source>Raster layer</source>
        <translation>Camada raster</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="238"/>
        <source>bundled model</source>
        <translation>modelo incluído</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="240"/>
        <source>Model bundle</source>
        <translation>Pacote do modelo</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="244"/>
        <source>Model card…</source>
        <translation>Cartão do modelo…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="245"/>
        <source>What the model was trained on, how it was measured, and what its flags can be trusted for</source>
        <translation>Com o que o modelo foi treinado, como foi medido e para que se pode confiar nos seus alertas</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="251"/>
        <source>Inference</source>
        <translation>Inferência</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="256"/>
        <source>auto (CUDA if present)</source>
        <translation>auto (CUDA se houver)</translation>
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
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="270"/>
        <source>e.g. red=3,green=2,blue=1</source>
        <translation>ex.: red=3,green=2,blue=1</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="271"/>
        <source>Reset</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="272"/>
        <source>Fill in the mapping found from the raster and the bundle</source>
        <translation>Preencher com o mapeamento encontrado a partir do raster e do pacote</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="276"/>
        <source>Band mapping</source>
        <translation>Mapeamento de bandas</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="281"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="288"/>
        <source>Selected features only</source>
        <translation>Só feições selecionadas</translation>
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
        <translation>GeoPackage de saída</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="316"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependências…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="317"/>
        <source>pip install onnxruntime (and rasterio) into a private folder of your QGIS profile, with the Python QGIS runs</source>
        <translation>pip install onnxruntime (e rasterio) numa pasta própria do seu perfil do QGIS, com o Python que o QGIS usa</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="324"/>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="325"/>
        <source>Cancel run</source>
        <translation>Cancelar execução</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="385"/>
        <source>cannot check backends: {error}</source>
        <translation>não foi possível verificar os motores: {error}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="388"/>
        <source>no inference backend: Run needs onnxruntime in QGIS's Python (Install dependencies… below)</source>
        <translation>nenhum motor de inferência: Executar precisa do onnxruntime no Python do QGIS (Instalar dependências… abaixo)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="392"/>
        <source> — an NVIDIA GPU is present but no CUDA-enabled backend (install onnxruntime-gpu)</source>
        <translation> — há uma GPU NVIDIA, mas nenhum motor com CUDA (instale onnxruntime-gpu)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="401"/>
        <source>No inference backend: install onnxruntime first (Install dependencies…)</source>
        <translation>Nenhum motor de inferência: instale antes o onnxruntime (Instalar dependências…)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="407"/>
        <source>installing dependencies… (see the task manager; Run is enabled when done)</source>
        <translation>instalando dependências… (veja o gerenciador de tarefas; Executar é liberado ao terminar)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="431"/>
        <source>not recorded</source>
        <translation>não registrado</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="436"/>
        <source>none (teach one: Teach a concept…)</source>
        <translation>nenhum (ensine um: Ensinar um conceito…)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="439"/>
        <source>bands {bands}</source>
        <translation>bandas {bands}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="439"/>
        <source>Sample F2: {f2}</source>
        <translation>F2 por amostra: {f2}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="439"/>
        <source>{n} labels (hover for the list); taught concepts: {concepts}</source>
        <translation>{n} tags (passe o mouse para ver a lista); conceitos ensinados: {concepts}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="466"/>
        <source>Model card: {name}</source>
        <translation>Cartão do modelo: {name}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="513"/>
        <source>from {how}; edit if wrong</source>
        <translation>de {how}; edite se estiver errado</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="530"/>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} já existe. Substituir?</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="539"/>
        <source>choose a model bundle</source>
        <translation>escolha um pacote de modelo</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="542"/>
        <source>choose an output GeoPackage</source>
        <translation>escolha um GeoPackage de saída</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="564"/>
        <source>choose a polygon layer to limit the area</source>
        <translation>escolha uma camada de polígonos para limitar a área</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="591"/>
        <source>Cannot run</source>
        <translation>Não é possível executar</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="602"/>
        <source>classifying {name}…</source>
        <translation>classificando {name}…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="616"/>
        <source>cancelling…</source>
        <translation>cancelando…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="637"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="665"/>
        <source>Filter tiles by tag</source>
        <translation>Filtrar quadrículas por tag</translation>
    </message>
    <message>
        <location filename="../style.py" line="297"/>
        <source>Concept: {name}</source>
        <translation>Conceito: {name}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="679"/>
        <source>predicted (model threshold)</source>
        <translation>prevista (limiar do modelo)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="687"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="689"/>
        <source>Minimum probability</source>
        <translation>Probabilidade mínima</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="759"/>
        <source>{name} has no CRS.</source>
        <translation>{name} não tem SRC.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="789"/>
        <source>The last run says:</source>
        <translation>A última execução diz:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="795"/>
        <source>Unfamiliar scene:</source>
        <translation>Cena desconhecida:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="808"/>
        <source>Training examples behind the flags: {listed}.</source>
        <translation>Exemplos de treino por trás dos alertas: {listed}.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="808"/>
        <source>Tags the model saw fewer than {few} times raise no flag by themselves (their probabilities are still written). Treat flags as hints; a missing flag means nothing. To find mines, logging or burns in your scene, mark a few tiles with &lt;i&gt;Teach a concept…&lt;/i&gt; (see the model card).</source>
        <translation>Tags que o modelo viu menos de {few} vezes não geram alerta sozinhas (suas probabilidades continuam gravadas). Trate os alertas como pistas; a falta de alerta não significa nada. Para achar garimpos, extração de madeira ou queimadas na sua cena, marque algumas quadrículas com &lt;i&gt;Ensinar um conceito…&lt;/i&gt; (veja o cartão do modelo).</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="35"/>
        <source>Planet classifier — Teach a concept</source>
        <translation>Planet classifier — Ensinar um conceito</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="91"/>
        <source>e.g. river_mine</source>
        <translation>ex.: garimpo_rio</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="92"/>
        <source>Becomes the fields p_&lt;name&gt; and flag_&lt;name&gt;: a-z, 0-9 and _</source>
        <translation>Vira os campos p_&lt;nome&gt; e flag_&lt;nome&gt;: a-z, 0-9 e _</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="99"/>
        <source>Mining / Logging / Slash-and-burn: flag_&lt;name&gt; also raises that group&apos;s flag and flagged. Other concept: only flag_&lt;name&gt;</source>
        <translation>Garimpo / Extração de madeira / Corte e queima: flag_&lt;nome&gt; também aciona o alerta desse grupo e flagged. Outro conceito: só flag_&lt;nome&gt;</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="102"/>
        <source>Concept</source>
        <translation>Conceito</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="68"/>
        <source>Flag group</source>
        <translation>Grupo de alerta</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="106"/>
        <source>Marks (select tiles on the map first)</source>
        <translation>Marcas (selecione antes as quadrículas no mapa)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="110"/>
        <source>Unmark</source>
        <translation>Desmarcar</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="120"/>
        <source>Flag at p ≥</source>
        <translation>Sinalizar com p ≥</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="123"/>
        <source>Tiles at or above this probability get flag_&lt;name&gt;; the map follows at once</source>
        <translation>Quadrículas com esta probabilidade ou mais recebem flag_&lt;nome&gt;; o mapa acompanha na hora</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="128"/>
        <source>Fitted</source>
        <translation>Ajustado</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="129"/>
        <source>Go back to the threshold the marks and answers give</source>
        <translation>Voltar ao limiar dado pelas marcas e respostas</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="142"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="123"/>
        <source>Start review</source>
        <translation>Iniciar revisão</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="165"/>
        <source>Yes (Y)</source>
        <translation>Sim (Y)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="166"/>
        <source>No (N)</source>
        <translation>Não (N)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="167"/>
        <source>Skip (S)</source>
        <translation>Pular (S)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="211"/>
        <source>Marks and answers (newest first)</source>
        <translation>Marcas e respostas (mais recentes primeiro)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="216"/>
        <source>Undo selected</source>
        <translation>Desfazer selecionada</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="217"/>
        <source>Forget the chosen mark or answer (the newest when none is chosen) and refit</source>
        <translation>Esquecer a marca ou resposta escolhida (a mais recente se nenhuma for escolhida) e reajustar</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="225"/>
        <source>Save concept…</source>
        <translation>Salvar conceito…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="226"/>
        <source>Write a copy of the model bundle that carries this concept, in a folder you choose; classify later scenes with it to get p_&lt;name&gt; / flag_&lt;name&gt;</source>
        <translation>Gravar uma cópia do pacote do modelo com este conceito, numa pasta que você escolher; classifique cenas futuras com ela para obter p_&lt;nome&gt; / flag_&lt;nome&gt;</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="235"/>
        <source>Load concept…</source>
        <translation>Carregar conceito…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="236"/>
        <source>Apply a saved concept file to this tile layer (the concepts folder of your QGIS profile is offered first)</source>
        <translation>Aplicar um arquivo de conceito salvo a esta camada de quadrículas (a pasta de conceitos do seu perfil do QGIS é oferecida primeiro)</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="244"/>
        <source>Concepts in the model bundle</source>
        <translation>Conceitos no pacote do modelo</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="40"/>
        <source>Save the bundle with this concept into (an empty folder)</source>
        <translation>Salvar o pacote com este conceito em (uma pasta vazia)</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="53"/>
        <source>Load a concept</source>
        <translation>Carregar um conceito</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="53"/>
        <source>Concept files (*.json *.concept.json);;All files (*)</source>
        <translation>Arquivos de conceito (*.json *.concept.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="92"/>
        <source>Select a tile layer made by &lt;b&gt;Classify raster&lt;/b&gt; in the Layers panel.</source>
        <translation>Selecione no painel Camadas uma camada de quadrículas feita por &lt;b&gt;Classificar raster&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="94"/>
        <source>Tile layer: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Camada de quadrículas: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="117"/>
        <source>select a tile layer made by &apos;Classify raster&apos; first</source>
        <translation>selecione antes uma camada de quadrículas feita por 'Classificar raster'</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="151"/>
        <source>Mark selected as {name}</source>
        <translation>Marcar seleção como {name}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="152"/>
        <source>Not {name}</source>
        <translation>Não é {name}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="177"/>
        <source>No marks yet. Select tiles that show the concept, then mark them.</source>
        <translation>Nenhuma marca ainda. Selecione quadrículas que mostram o conceito e marque-as.</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="183"/>
        <source>found {found} of about {about}, reviewed {reviewed}</source>
        <translation>encontradas {found} de cerca de {about}, revisadas {reviewed}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="185"/>
        <source>{yes} marked as &lt;b&gt;{name}&lt;/b&gt;, {no} marked not {name}</source>
        <translation>marcadas como &lt;b&gt;{name}&lt;/b&gt;: {yes}; como não {name}: {no}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="190"/>
        <source> (yours; fitted {t:.2f})</source>
        <translation> (limiar escolhido por você; o ajustado é {t:.2f})</translation>
    </message>
    <message>
        <location filename="../teach_dock/threshold.py" line="26"/>
        <source>expected precision: not known yet (no answer at or above the threshold){mine}</source>
        <translation>precisão esperada: ainda desconhecida (nenhuma resposta no limiar ou acima){mine}</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="192"/>
        <source>{flagged} of {tiles} tiles flagged (p_{name} ≥ {t:.2f}, {method}); updated in {s:.2f} s</source>
        <translation>{flagged} de {tiles} quadrículas sinalizadas (p_{name} ≥ {t:.2f}, {method}); atualizado em {s:.2f} s</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="200"/>
        <source>A few marks give a rough concept: review and mark more before trusting flag_{name}.</source>
        <translation>Poucas marcas dão um conceito grosseiro: revise e marque mais antes de confiar em flag_{name}.</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="70"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="70"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="70"/>
        <source>skipped</source>
        <translation>pulada</translation>
    </message>
    <message>
        <location filename="../teach_dock/marks.py" line="75"/>
        <source>tile {row}, {col}: {answer}</source>
        <translation>quadrícula {row}, {col}: {answer}</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="73"/>
        <source>cannot read the bundle: {error}</source>
        <translation>não foi possível ler o pacote: {error}</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="78"/>
        <source>{name} ({group}, threshold {t:.2f})</source>
        <translation>{name} ({group}, limiar {t:.2f})</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="81"/>
        <source>{name}: none yet</source>
        <translation>{name}: nenhum ainda</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="196"/>
        <source>Teach</source>
        <translation>Ensinar</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="123"/>
        <source>Stop review</source>
        <translation>Parar revisão</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="165"/>
        <source>tile {row}, {col}: p_{name} = {p:.2f}</source>
        <translation>quadrícula {row}, {col}: p_{name} = {p:.2f}</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="177"/>
        <source>Nothing left to review: mark more tiles or save the concept.</source>
        <translation>Nada mais a revisar: marque mais quadrículas ou salve o conceito.</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="271"/>
        <source>Is tile {row}, {col} (p_{name} = {p:.2f}) a &lt;b&gt;{name}&lt;/b&gt;? Y yes, N no, S skip</source>
        <translation>A quadrícula {row}, {col} (p_{name} = {p:.2f}) é &lt;b&gt;{name}&lt;/b&gt;? Y sim, N não, S pular</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="103"/>
        <source>saved {name} into {path}; Classify raster now uses this bundle, so later runs flag the concept (change it under Model bundle)</source>
        <translation>{name} salvo em {path}; Classificar raster agora usa este pacote, então as próximas execuções sinalizam o conceito (troque em Pacote do modelo)</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="212"/>
        <source>name the concept first</source>
        <translation>dê antes um nome ao conceito</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="216"/>
        <source>tile {fid} is not in {layer}</source>
        <translation>a quadrícula {fid} não está em {layer}</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="234"/>
        <source>select some tiles first (any QGIS selection tool)</source>
        <translation>selecione antes algumas quadrículas (qualquer ferramenta de seleção do QGIS)</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="342"/>
        <source>the threshold must lie in 0..1</source>
        <translation>o limiar deve estar entre 0 e 1</translation>
    </message>
    <message>
        <location filename="../style.py" line="298"/>
        <source>Concept: {name} ({group})</source>
        <translation>{name} ({group})</translation>
    </message>
    <message>
        <location filename="../style.py" line="387"/>
        <source>cross-validated precision</source>
        <translation>precisão em validação cruzada</translation>
    </message>
    <message>
        <location filename="../style.py" line="387"/>
        <source>cross-validated F2</source>
        <translation>F2 em validação cruzada</translation>
    </message>
    <message>
        <location filename="../style.py" line="388"/>
        <source>never in the training chips</source>
        <translation>nunca nos recortes de treino</translation>
    </message>
    <message>
        <location filename="../style.py" line="388"/>
        <source>not measured for this model</source>
        <translation>não medida para este modelo</translation>
    </message>
    <message>
        <location filename="../style.py" line="389"/>
        <source>{what} {value:.2f} ({n} training examples)</source>
        <translation>{what} {value:.2f} ({n} exemplos de treino)</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>Mining</source>
        <translation>Garimpo</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>Logging</source>
        <translation>Extração de madeira</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>Slash-and-burn</source>
        <translation>Corte e queima</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>Other concept</source>
        <translation>Outro conceito</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>Other tiles</source>
        <translation>Outras quadrículas</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>Check / install dependencies…</source>
        <translation>Verificar / instalar dependências…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="229"/>
        <source>Save concept file…</source>
        <translation>Salvar como arquivo…</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="230"/>
        <source>Write the concept as a small file (weights, threshold, where it was taught, its marked tiles) into the concepts folder of your QGIS profile: Load concept… and classify --concept apply it</source>
        <translation>Gravar o conceito como um arquivo pequeno (pesos, limiar, onde foi ensinado, suas quadrículas marcadas) na pasta de conceitos do seu perfil do QGIS: Carregar conceito… e classify --concept o aplicam</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="46"/>
        <source>Save the concept as</source>
        <translation>Salvar o conceito como</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="46"/>
        <source>Concept files (*.concept.json)</source>
        <translation>Arquivos de conceito (*.concept.json)</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="125"/>
        <source>saved {name} as {path}</source>
        <translation>{name} salvo como {path}</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="22"/>
        <source>{name} would flag {n} of {tiles} tiles here, far more than where it was taught: its flags stay off until you review and mark tiles on this layer</source>
        <translation>{name} sinalizaria {n} de {tiles} quadrículas aqui, muito mais do que onde foi ensinado: seus alertas ficam desligados até você revisar e marcar quadrículas nesta camada</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="313"/>
        <source>nothing taught yet: mark a tile first</source>
        <translation>nada ensinado ainda: marque antes uma quadrícula</translation>
    </message>
    <message>
        <location filename="../style.py" line="180"/>
        <source>Only {percent} % of this tile has data (a scene&apos;s edge or nodata): its tags and flags rest on that part.</source>
        <translation>Só {percent} % desta quadrícula tem dados (borda da cena ou nodata): suas tags e alertas se baseiam nessa parte.</translation>
    </message>
    <message>
        <location filename="../style.py" line="418"/>
        <source>({percent} % data)</source>
        <translation>({percent} % com dados)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="245"/>
        <source>mining</source>
        <translation>garimpo</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="245"/>
        <source>logging</source>
        <translation>extração de madeira</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="245"/>
        <source>slash-and-burn</source>
        <translation>corte e queima</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="245"/>
        <source>other</source>
        <translation>outra</translation>
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
        <translation>vizinhas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="262"/>
        <source>embedding</source>
        <translation>embedding</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="233"/>
        <source>Planet classifier — Alerts</source>
        <translation>Planet classifier — Avisos de mudança</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="79"/>
        <source>Open a change layer (Processing: Change between two classifications, or `change`).</source>
        <translation>Abra uma camada de mudanças (Processamento: Mudança entre duas classificações, ou `change`).</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="257"/>
        <source>Open change layer…</source>
        <translation>Abrir camada de mudanças…</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="750"/>
        <source>Export confirmed…</source>
        <translation>Exportar confirmados…</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="260"/>
        <source>GeoJSON, KML, CSV (lon/lat WGS 84), before/after thumbnails and one HTML page, in a new folder</source>
        <translation>GeoJSON, KML, CSV (lon/lat WGS 84), miniaturas de antes e depois e uma página HTML, numa pasta nova</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="412"/>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="412"/>
        <source>after</source>
        <translation>depois</translation>
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
        <translation>Rejeitar (N)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="349"/>
        <source>Change layer</source>
        <translation>Camada de mudanças</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="354"/>
        <source>New folder for the confirmed alerts</source>
        <translation>Pasta nova para os avisos confirmados</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="354"/>
        <source>Folder (*)</source>
        <translation>Pasta (*)</translation>
    </message>
    <message>
        <location filename="../alerts_export.py" line="54"/>
        <source>error: {error}</source>
        <translation>erro: {error}</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="401"/>
        <source>&lt;i&gt;no thumbnails: the scenes the runs recorded are missing (give them to the change algorithm)&lt;/i&gt;</source>
        <translation>&lt;i&gt;sem miniaturas: faltam as cenas que as execuções registraram (informe-as ao algoritmo de mudança)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="546"/>
        <source>no image</source>
        <translation>sem imagem</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="640"/>
        <source>confirmed: {cause}</source>
        <translation>confirmado: {cause}</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="640"/>
        <source>rejected: {reason}</source>
        <translation>rejeitado: {reason}</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="332"/>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="568"/>
        <source>type why this is not a change, then press Enter</source>
        <translation>escreva por que não é uma mudança e tecle Enter</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="332"/>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="332"/>
        <source>rejected</source>
        <translation>rejeitado</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="845"/>
        <source>Review alerts…</source>
        <translation>Revisar avisos…</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="845"/>
        <source>Confirm or reject each change alert on its before/after pair; export the confirmed</source>
        <translation>Confirmar ou rejeitar cada aviso de mudança no seu par antes/depois; exportar os confirmados</translation>
    </message>
    <message>
        <location filename="../style.py" line="192"/>
        <source>Tags weak for this model (not listed above nor on the map):</source>
        <translation>Tags fracas neste modelo (não listadas acima nem no mapa):</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="303"/>
        <source>why it is not a change (needed to reject)</source>
        <translation>por que não é mudança (exigido ao rejeitar)</translation>
    </message>
    <message>
        <location filename="../style.py" line="157"/>
        <source>Tile</source>
        <translation>Quadrícula</translation>
    </message>
    <message>
        <location filename="../style.py" line="157"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../style.py" line="157"/>
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../style.py" line="157"/>
        <source>score</source>
        <translation>pontuação</translation>
    </message>
    <message>
        <location filename="../style.py" line="157"/>
        <source>Most probable</source>
        <translation>Mais prováveis</translation>
    </message>
    <message>
        <location filename="../style.py" line="159"/>
        <source>flagged</source>
        <translation>sinalizada</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="135"/>
        <source>Where?</source>
        <translation>Onde?</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="155"/>
        <source>Outline where in each chip the concept is (the best quarter of the tile), on the chip and on the map. Reruns the network on 9 windows around each chip, read from the raster the layer was classified from: a few seconds for the gallery, in the background</source>
        <translation>Contorna onde o conceito está em cada recorte (o melhor quarto da quadrícula), no recorte e no mapa. Roda a rede de novo em 9 janelas em volta de cada recorte, lidas do raster de que a camada foi classificada: alguns segundos para a galeria, em segundo plano</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="204"/>
        <source>flag_{name} stays off here: it would flag far more of this layer than where it was taught. Review and mark tiles here to confirm it.</source>
        <translation>flag_{name} fica desligado aqui: sinalizaria muito mais desta camada do que onde foi ensinado. Revise e marque quadrículas aqui para confirmá-lo.</translation>
    </message>
    <message>
        <location filename="../teach_dock/layout.py" line="147"/>
        <source>Show the tiles not yet looked at as chips, likeliest first by your marks and answers so far (so the order can differ from the p under each chip); answer with Y / N / S, move with the arrow keys</source>
        <translation>Mostra como recortes as quadrículas ainda não vistas, as mais prováveis primeiro segundo suas marcas e respostas até agora (por isso a ordem pode diferir do p sob cada recorte); responda com Y / N / S, mova-se com as setas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="254"/>
        <source>concept {name}</source>
        <translation>conceito {name}</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="26"/>
        <source>New flag, {confidence} confidence</source>
        <translation>Confiança {confidence} (alerta novo)</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="27"/>
        <source>No new flag</source>
        <translation>Sem alerta novo</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="55"/>
        <source>Taught concept</source>
        <translation>Conceito ensinado</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="91"/>
        <source>Tags gained:</source>
        <translation>Tags ganhas:</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="91"/>
        <source>Tags lost:</source>
        <translation>Tags perdidas:</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="267"/>
        <source>Tile {fid} is no longer in the layer: answer another chip.</source>
        <translation>A quadrícula {fid} não está mais na camada: responda outro recorte.</translation>
    </message>
    <message>
        <location filename="../style.py" line="94"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../style.py" line="94"/>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location filename="../style.py" line="94"/>
        <source>Valid-pixel coverage</source>
        <translation>Cobertura de pixels válidos</translation>
    </message>
    <message>
        <location filename="../style.py" line="94"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../style.py" line="95"/>
        <source>Flagged (any)</source>
        <translation>Sinalizada (algum alerta)</translation>
    </message>
    <message>
        <location filename="../style.py" line="95"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../style.py" line="98"/>
        <source>Score: {title}</source>
        <translation>Pontuação: {title}</translation>
    </message>
    <message>
        <location filename="../style.py" line="107"/>
        <source>Flag: {title}</source>
        <translation>Alerta: {title}</translation>
    </message>
    <message>
        <location filename="../style.py" line="129"/>
        <source>Tags and probabilities</source>
        <translation>Tags e probabilidades</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="132"/>
        <source>cancelled: tick Where? again to locate the chips</source>
        <translation>cancelado: marque Onde? de novo para localizar nos recortes</translation>
    </message>
    <message>
        <location filename="../style.py" line="79"/>
        <source>{scene} tiles {time}</source>
        <translation>{scene} quadrículas {time}</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="67"/>
        <source>Model bundle folder (empty = bundled model)</source>
        <translation>Pasta do pacote do modelo (vazio = modelo incluído)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="91"/>
        <source>Most tiles to classify (--max-tiles)</source>
        <translation>Máximo de quadrículas a classificar (--max-tiles)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="109"/>
        <source>Classify raster</source>
        <translation>Classificar raster</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="123"/>
        <source>Planet scene</source>
        <translation>Cena Planet</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="125"/>
        <source>Band mapping (e.g. red=3,green=2,blue=1; empty = automatic)</source>
        <translation>Mapeamento de bandas (ex.: red=3,green=2,blue=1; vazio = automático)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="127"/>
        <source>Limit to extent</source>
        <translation>Limitar à extensão</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="128"/>
        <source>Limit to polygons</source>
        <translation>Limitar aos polígonos</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="132"/>
        <source>Apply concept files (.concept.json)</source>
        <translation>Aplicar arquivos de conceito (.concept.json)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="135"/>
        <source>Tiles</source>
        <translation>Quadrículas</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="137"/>
        <source>Tiles classified</source>
        <translation>Quadrículas classificadas</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="137"/>
        <source>Tiles skipped (no data)</source>
        <translation>Quadrículas puladas (sem dados)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="137"/>
        <source>Tiles flagged</source>
        <translation>Quadrículas sinalizadas</translation>
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
        <translation>Mudança entre duas classificações</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="78"/>
        <source>Compares two tile layers of the same place (from Classify raster, the batch command or the plugin), or two rasters: these are classified first on one tile grid (AFTER resampled onto BEFORE&apos;s when its CRS or pixel size differs, after a co-registration check), with the model settings under Advanced. Runs of one CRS and pixel size share the tile grid and are compared tile by tile; others are compared on the overlap. For every AFTER tile: tags gained and lost, the change of each flag group&apos;s score and the new flags that pass the alert rule: an isolated new flag needs a score rise of the margin, one beside a tile raising the same flag the minimum rise. Confidence: nominal (an alert), high (score rise and a second evidence: neighbours or the embedding moved far), highest (all three). Dates come from the runs (scene metadata or Planet file name), else are unknown unless given. The scenes give the before/after thumbnails of the report, the export and the Alerts panel (default: the scenes the runs recorded). Review the alerts in the Alerts panel; the export folder hands them off as GeoJSON, KML, CSV and HTML.</source>
        <translation>Compara duas camadas de quadrículas do mesmo lugar (de Classificar raster, do comando batch ou do plugin), ou dois rasters: estes são classificados primeiro numa mesma grade de quadrículas (AFTER reamostrado para a grade de BEFORE quando o SRC ou o tamanho do pixel difere, após uma verificação do registro entre os dois), com as opções do modelo em Parâmetros avançados. Execuções de um mesmo SRC e tamanho de pixel compartilham a grade e são comparadas quadrícula a quadrícula; as demais, na sobreposição. Para cada quadrícula de AFTER: tags ganhas e perdidas, a mudança da pontuação de cada grupo de alerta e os alertas novos que passam pela regra de aviso: um alerta novo isolado precisa de um aumento de pontuação igual à margem; um ao lado de uma quadrícula com o mesmo alerta, do aumento mínimo. Confiança: nominal (um aviso), alta (aumento de pontuação e um segundo sinal: vizinhas ou um embedding que se afastou muito), máxima (os três). As datas vêm das execuções (metadados da cena ou nome do arquivo Planet); senão ficam desconhecidas, a menos que sejam informadas. As cenas dão as miniaturas de antes e depois do relatório, da exportação e do painel Avisos de mudança (padrão: as cenas que as execuções registraram). Revise os avisos no painel Avisos de mudança; a pasta de exportação os entrega como GeoJSON, KML, CSV e HTML.</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="93"/>
        <source>Earlier tile layer or raster (BEFORE)</source>
        <translation>Camada de quadrículas ou raster anterior (BEFORE)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="93"/>
        <source>Later tile layer or raster (AFTER, the same kind)</source>
        <translation>Camada de quadrículas ou raster posterior (AFTER, do mesmo tipo)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="97"/>
        <source>BEFORE scene (thumbnails)</source>
        <translation>Cena BEFORE (miniaturas)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="99"/>
        <source>AFTER scene (thumbnails)</source>
        <translation>Cena AFTER (miniaturas)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="101"/>
        <source>Score rise an isolated new flag needs</source>
        <translation>Aumento de pontuação exigido de um alerta novo isolado</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="103"/>
        <source>Score rise beside a flagged neighbour</source>
        <translation>Aumento de pontuação ao lado de uma vizinha sinalizada</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="105"/>
        <source>Embedding distance quantile for &apos;moved far&apos;</source>
        <translation>Quantil da distância de embedding para 'afastou-se muito'</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="108"/>
        <source>BEFORE acquisition date (YYYY-MM-DD; default: recorded)</source>
        <translation>Data de aquisição de BEFORE (AAAA-MM-DD; padrão: a registrada)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="108"/>
        <source>AFTER acquisition date (YYYY-MM-DD; default: recorded)</source>
        <translation>Data de aquisição de AFTER (AAAA-MM-DD; padrão: a registrada)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="111"/>
        <source>Unknown date: use the file time</source>
        <translation>Data desconhecida: usar a data do arquivo</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="113"/>
        <source>Change</source>
        <translation>Mudanças</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="115"/>
        <source>HTML report</source>
        <translation>Relatório HTML</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="115"/>
        <source>HTML files (*.html)</source>
        <translation>Arquivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="121"/>
        <source>Tiles compared</source>
        <translation>Quadrículas comparadas</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="121"/>
        <source>Alerts (new flags)</source>
        <translation>Avisos (alertas novos)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="207"/>
        <source>Change {before} → {after}</source>
        <translation>Mudança {before} → {after}</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="48"/>
        <source>Teach concept from selected features</source>
        <translation>Ensinar conceito pelas feições selecionadas</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="65"/>
        <source>Tile layer (selected tiles = positives)</source>
        <translation>Camada de quadrículas (quadrículas selecionadas = positivas)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="66"/>
        <source>Concept name (a-z, 0-9, _)</source>
        <translation>Nome do conceito (a-z, 0-9, _)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="80"/>
        <source>Tile layer</source>
        <translation>Camada de quadrículas</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="81"/>
        <source>Tiles flagged by the concept</source>
        <translation>Quadrículas sinalizadas pelo conceito</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="82"/>
        <source>Threshold of flag_&lt;name&gt;</source>
        <translation>Limiar de flag_&lt;nome&gt;</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="83"/>
        <source>Bundle saved to</source>
        <translation>Pacote salvo em</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="112"/>
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
        <location filename="../processing/teach.py" line="73"/>
        <source>Negative tiles (expression)</source>
        <translation>Quadrículas negativas (expressão)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="78"/>
        <source>Save bundle with the concept to</source>
        <translation>Salvar o pacote com o conceito em</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="216"/>
        <source>classification finished: {path} was written but not added as a layer, as the project it was started in was closed (add it with Layer &gt; Add Layer)</source>
        <translation>a classificação terminou: {path} foi gravado, mas não foi adicionado como camada, pois o projeto em que ela começou foi fechado (adicione-o com Camada &gt; Adicionar camada)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="500"/>
        <source>found from the model bundle&apos;s bands once a model bundle can be read</source>
        <translation>vem das bandas do pacote de modelo quando um pacote de modelo puder ser lido</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="22"/>
        <source>{name} was taught from only {k}, too few to trust: its flags stay off until you review here</source>
        <translation>{name} foi ensinado com apenas {k}, pouco para confiar: seus alertas ficam desligados até você revisar aqui</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="617"/>
        <source>tile</source>
        <translation>quadrícula</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="364"/>
        <source>tiles</source>
        <translation>quadrículas</translation>
    </message>
    <message>
        <location filename="../teach_dock/threshold.py" line="26"/>
        <source>expected precision {p:.0%} (from {answers}){mine}</source>
        <translation>precisão esperada {p:.0%} (com base em {answers}){mine}</translation>
    </message>
    <message>
        <location filename="../teach_dock/where.py" line="99"/>
        <source>Planet classifier: where in {chips}</source>
        <translation>Planet classifier: onde em {chips}</translation>
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
        <translation>{tiles}, puladas: {skipped}, sinalizadas: {flagged}; {speed:.1f} recortes/s em {device} ({backend})</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="380"/>
        <source>tile processed</source>
        <translation>quadrícula processada</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="380"/>
        <source>tiles processed</source>
        <translation>quadrículas processadas</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="821"/>
        <source>{tiles}, {skipped} skipped (no data), {flagged} flagged{detail}; {speed:.1f} chips/s on {device} ({backend}) -&gt; {path}</source>
        <translation>{tiles}, puladas (sem dados): {skipped}, sinalizadas: {flagged}{detail}; {speed:.1f} recortes/s em {device} ({backend}) -&gt; {path}</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="822"/>
        <source>tile classified</source>
        <translation>quadrícula classificada</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="822"/>
        <source>tiles classified</source>
        <translation>quadrículas classificadas</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="203"/>
        <source>change finished: {path} was written but not added as a layer, as the project it was started in was closed (add it with Layer &gt; Add Layer)</source>
        <translation>a comparação terminou: {path} foi gravado, mas não foi adicionado como camada, pois o projeto em que ela começou foi fechado (adicione-o com Camada &gt; Adicionar camada)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="142"/>
        <source>output {output} is open in QGIS as layer {name!r}: replacing the file under it would lose what is edited or reviewed there (two rows of a batch given one output do that); choose another name, or remove that layer first</source>
        <translation>a saída {output} está aberta no QGIS como a camada {name!r}: substituir o arquivo por baixo dela perderia o que foi editado ou revisado nela (duas linhas de um lote com a mesma saída fazem isso); escolha outro nome ou remova essa camada antes</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="589"/>
        <source> and {n} more</source>
        <translation> e mais {n}</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="150"/>
        <source>output {output} is a GeoPackage that holds {listed}, which replacing it would lose (the run writes a GeoPackage of its own, layer &apos;{layer}&apos;); give a new file name</source>
        <translation>a saída {output} é um GeoPackage que contém {listed}, que seriam perdidos ao substituí-lo (a execução grava um GeoPackage próprio, camada '{layer}'); dê um nome de arquivo novo</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="167"/>
        <source>{first} and {last}</source>
        <translation>{first} e {last}</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="168"/>
        <source>rows {rows} of the batch all write {path}: each would replace the one before; give each row its own output (none of these rows was run)</source>
        <translation>as linhas {rows} do lote gravam todas {path}: cada uma substituiria a anterior; dê a cada linha a sua própria saída (nenhuma dessas linhas foi executada)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="168"/>
        <source>rows {rows} of the batch both write {path}: the later would replace the earlier; give each row its own output (neither row was run)</source>
        <translation>as linhas {rows} do lote gravam ambas {path}: a posterior substituiria a anterior; dê a cada linha a sua própria saída (nenhuma das duas foi executada)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="259"/>
        <source>{name!r} is read by QGIS&apos;s {provider!r} provider (a temporary layer is another algorithm&apos;s copy), not from a tile GeoPackage made by &apos;Classify raster&apos;; choose {which} it wrote (in a model: its Tiles output)</source>
        <translation>{name!r} é lida pelo provedor {provider!r} do QGIS (uma camada temporária é a cópia de outro algoritmo), não de um GeoPackage de quadrículas feito por 'Classificar raster'; escolha {which} que ele gravou (num modelo: a sua saída Quadrículas)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="266"/>
        <source>{which} {name!r} reads {path}, which is no longer there (deleted or moved since it was loaded); load the GeoPackage from where it is now, or classify again</source>
        <translation>{which} {name!r} lê {path}, que não está mais lá (apagado ou movido depois de carregado); carregue o GeoPackage de onde ele está agora, ou classifique de novo</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="389"/>
        <source>{path} cannot be written: {folder} is a file, not a folder; choose another place</source>
        <translation>não é possível gravar {path}: {folder} é um arquivo, não uma pasta; escolha outro lugar</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="393"/>
        <source>{path} cannot be written: folder {folder} cannot be made ({reason})</source>
        <translation>não é possível gravar {path}: a pasta {folder} não pode ser criada ({reason})</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="146"/>
        <source>choose a raster layer to classify</source>
        <translation>escolha uma camada raster para classificar</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="159"/>
        <source>give either an extent or a polygon layer, not both</source>
        <translation>informe uma extensão ou uma camada de polígonos, não as duas</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="131"/>
        <source>give two tile layers or two rasters, not one of each</source>
        <translation>informe duas camadas de quadrículas ou dois rasters, não um de cada</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="132"/>
        <source>the {side} tile layer</source>
        <translation>a camada de quadrículas {side}</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="136"/>
        <source>the {side} tile layer {name!r} has unsaved edits, which the comparison would not see (it reads the GeoPackage): save or discard them first</source>
        <translation>a camada de quadrículas {side} {name!r} tem edições não salvas, que a comparação não veria (ela lê o GeoPackage): salve-as ou descarte-as antes</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="92"/>
        <source>{parameter} expression: {error}</source>
        <translation>expressão {parameter}: {error}</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="96"/>
        <source>{parameter} expression {expression!r} cannot be evaluated on {layer}: {error}; correct the expression</source>
        <translation>a expressão {parameter} {expression!r} não pode ser avaliada em {layer}: {error}; corrija a expressão</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="106"/>
        <source>choose a tile layer made by &apos;Classify raster&apos;</source>
        <translation>escolha uma camada de quadrículas feita por 'Classificar raster'</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="108"/>
        <source>the tile layer</source>
        <translation>a camada de quadrículas</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="112"/>
        <source>select the tiles that show the concept in {layer} first (or give a positive expression)</source>
        <translation>selecione antes as quadrículas que mostram o conceito em {layer} (ou informe uma expressão positiva)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="101"/>
        <source>Written by the Planet deforestation classifier.</source>
        <translation>Gerado pelo classificador de desmatamento Planet.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="240"/>
        <source>Planet classifier: change report</source>
        <translation>Classificador Planet: relatório de mudanças</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="294"/>
        <source>thumbnails need both scenes: pass --before-scene and --after-scene (every classify run records its scene; this one&apos;s is missing or moved)</source>
        <translation>as miniaturas precisam das duas cenas: passe --before-scene e --after-scene (toda classificação registra a sua cena; a desta está faltando ou foi movida)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="297"/>
        <source>lat, lon</source>
        <translation>lat., long.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="297"/>
        <source>row, col (no CRS)</source>
        <translation>linha, coluna (sem SRC)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="315"/>
        <source>Showing the {shown} first of {n} alerts; the change GeoPackage has all.</source>
        <translation>Mostrando os {shown} primeiros de {n} alertas; o GeoPackage de mudanças tem todos.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="333"/>
        <source>cause</source>
        <translation>causa</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="317"/>
        <source>new flags</source>
        <translation>sinalizações novas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="317"/>
        <source>confidence</source>
        <translation>confiança</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="317"/>
        <source>evidence</source>
        <translation>evidências</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="317"/>
        <source>score rise</source>
        <translation>aumento da pontuação</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="412"/>
        <source>tags gained / lost</source>
        <translation>rótulos ganhos / perdidos</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="328"/>
        <source>No alerts.</source>
        <translation>Nenhum alerta.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="333"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="334"/>
        <source>Each alert counted once: under the cause the analyst confirmed, else the flag group that raised it (a taught concept under its group).</source>
        <translation>Cada alerta contado uma vez: na causa que o analista confirmou, senão no grupo de sinalização que o levantou (um conceito ensinado no seu grupo).</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="344"/>
        <source>{side} {scene}, acquired {date}</source>
        <translation>{side} {scene}, adquirida em {date}</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="344"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="344"/>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="361"/>
        <source>note:</source>
        <translation>nota:</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="461"/>
        <source>alerts by cause and confidence</source>
        <translation>alertas por causa e confiança</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="362"/>
        <source>Review: alerts per cause</source>
        <translation>Revisão: alertas por causa</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="362"/>
        <source>Alerts, highest confidence first</source>
        <translation>Alertas, maior confiança primeiro</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="371"/>
        <source>Alert rule: {rule}.</source>
        <translation>Regra de alerta: {rule}.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="371"/>
        <source>Map: the AFTER scene, alerts outlined by confidence and numbered as in the table. Thumbnails: the AFTER tile&apos;s footprint outlined in both scenes.</source>
        <translation>Mapa: a cena de DEPOIS, com os alertas contornados por confiança e numerados como na tabela. Miniaturas: o contorno da quadrícula de DEPOIS nas duas cenas.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="646"/>
        <source>alerts on the AFTER scene</source>
        <translation>alertas na cena de DEPOIS</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="269"/>
        <source>unknown date</source>
        <translation>data desconhecida</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="270"/>
        <source>metadata</source>
        <translation>metadados</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="270"/>
        <source>file name</source>
        <translation>nome do arquivo</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="270"/>
        <source>given</source>
        <translation>informada</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="271"/>
        <source>file time of the GeoPackage</source>
        <translation>data do arquivo GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="191"/>
        <source>nominal: an alert; high: score rise and one more evidence (neighbours or embedding); highest: all three; all of one flag (on a tile with several new flags, the one of highest confidence)</source>
        <translation>nominal: um alerta; alta: aumento da pontuação e mais uma evidência (vizinhas ou embedding); máxima: as três; tudo de uma mesma sinalização (numa quadrícula com várias sinalizações novas, a de maior confiança)</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="137"/>
        <source>BEFORE and AFTER: {message}</source>
        <translation>ANTES e DEPOIS: {message}</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="137"/>
        <source>BEFORE: {message}</source>
        <translation>ANTES: {message}</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="137"/>
        <source>AFTER: {message}</source>
        <translation>DEPOIS: {message}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="194"/>
        <source>the model saw fewer than {minimum} training examples of {seen}: these tags raise no flag by themselves (their p_ fields are written)</source>
        <translation>o modelo viu menos de {minimum} exemplos de treino de {seen}: esses rótulos não levantam sinalização sozinhos (seus campos p_ são gravados)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="196"/>
        <source>; flags come from the bundle&apos;s concepts {taught}</source>
        <translation>; as sinalizações vêm dos conceitos do pacote do modelo {taught}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="197"/>
        <source>; teach a concept from a few marked tiles to flag what you hunt</source>
        <translation>; ensine um conceito a partir de algumas quadrículas marcadas para sinalizar o que você procura</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="407"/>
        <source>{scene} is now drawn in natural colour: bands {bands} as red, green, blue, as the classifier read them (Layer Properties &gt; Symbology changes it)</source>
        <translation>{scene} agora é exibida em cores naturais: bandas {bands} como vermelho, verde, azul, como o classificador as leu (Propriedades da camada &gt; Simbologia altera isso)</translation>
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
        <translation>aviso de mudança</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="350"/>
        <source>alerts</source>
        <translation>avisos de mudança</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="508"/>
        <source>&lt;b&gt;{cause}&lt;/b&gt; (new flags: {flags}) · &lt;b&gt;{confidence}&lt;/b&gt; confidence ({evidence}) · score +{rise:.2f} · {neighbours}</source>
        <translation>&lt;b&gt;{cause}&lt;/b&gt; (alertas novos: {flags}) · confiança &lt;b&gt;{confidence}&lt;/b&gt; ({evidence}) · pontuação +{rise:.2f} · {neighbours}</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="508"/>
        <source>flagged neighbour</source>
        <translation>vizinha sinalizada</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="508"/>
        <source>flagged neighbours</source>
        <translation>vizinhas sinalizadas</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="585"/>
        <source>{done}; {open} left.</source>
        <translation>{done}; a revisar: {open}.</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="67"/>
        <source>open alert</source>
        <translation>aviso em aberto</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="67"/>
        <source>open alerts</source>
        <translation>avisos em aberto</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="780"/>
        <source>{alerts} exported to {folder} (GeoJSON, KML, CSV, HTML)</source>
        <translation>Exportação para {folder}: {alerts} (GeoJSON, KML, CSV, HTML)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="783"/>
        <source>{alerts} exported to {folder} (GeoJSON, KML, CSV, HTML, thumbnails)</source>
        <translation>Exportação para {folder}: {alerts} (GeoJSON, KML, CSV, HTML, miniaturas)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="785"/>
        <source>{alerts} exported to {folder} (GeoJSON, KML, CSV, HTML; no thumbnails: the scenes are not known)</source>
        <translation>Exportação para {folder}: {alerts} (GeoJSON, KML, CSV, HTML; sem miniaturas: as cenas não são conhecidas)</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="76"/>
        <source>concept {name}: flag_{name} on {flagged} of {tiles} tiles ({share}; p &gt;= {t})</source>
        <translation>conceito {name}: flag_{name} em {flagged} de {tiles} quadrículas ({share}; p &gt;= {t})</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="79"/>
        <source>no tile here reaches p &gt;= {t}, so it flags nothing; from so few tiles that is no all-clear</source>
        <translation>nenhuma quadrícula aqui chega a p &gt;= {t}, então nada é sinalizado; com tão poucas quadrículas isso não quer dizer que a cena está limpa</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="79"/>
        <source>its 1 flag here is unconfirmed and flag_{name} is left off</source>
        <translation>sua 1 sinalização aqui não está confirmada e flag_{name} fica desligado</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="79"/>
        <source>its {n} flags here are unconfirmed and flag_{name} is left off</source>
        <translation>suas {n} sinalizações aqui não estão confirmadas e flag_{name} fica desligado</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="85"/>
        <source>concept {name} was fitted to {labelled} only (a rough concept): {held} (sort by p_{name} and review, or answer its review where it was taught and save it again)</source>
        <translation>o conceito {name} foi ajustado a apenas {labelled} (um conceito grosseiro): {held} (ordene por p_{name} e revise, ou responda à revisão onde ele foi ensinado e salve-o de novo)</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="86"/>
        <source>labelled tile</source>
        <translation>quadrícula rotulada</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="86"/>
        <source>labelled tiles</source>
        <translation>quadrículas rotuladas</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="88"/>
        <source>concept {name} would flag {would} of {tiles} tiles ({weighed} of the scene by area, edge slivers weighing their coverage), far more than the {taught} of the scene it was taught on: its flags here are unconfirmed and flag_{name} is left off (sort by p_{name} and review, or teach it on this scene)</source>
        <translation>o conceito {name} sinalizaria {would} de {tiles} quadrículas ({weighed} da cena em área, as bordas pesando pela cobertura), muito mais que os {taught} da cena onde foi ensinado: suas sinalizações aqui não estão confirmadas e flag_{name} fica desligado (ordene por p_{name} e revise, ou ensine-o nesta cena)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="153"/>
        <source>the extent (EXTENT)</source>
        <translation>a extensão (EXTENT)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="160"/>
        <source>the polygon layer</source>
        <translation>a camada de polígonos</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="91"/>
        <source>batch size must be at least 1</source>
        <translation>o tamanho do lote deve ser pelo menos 1</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="261"/>
        <source>the {backend} predictor returned no embeddings although model {display_name} declares them</source>
        <translation>o preditor {backend} não devolveu embeddings, embora o modelo {display_name} os declare</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="369"/>
        <source>nothing to classify: all {total} tile(s) {where} are nodata; check the raster&apos;s nodata value or choose another area</source>
        <translation>nada a classificar: todas as {total} quadrícula(s) {where} são nodata; verifique o valor nodata do raster ou escolha outra área</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="145"/>
        <source>bundle {path} has no embedding output, so it cannot apply concepts</source>
        <translation>o pacote {path} não tem saída de embeddings, então não pode aplicar conceitos</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="148"/>
        <source>a concept is applied to the stored tile embeddings: drop --no-embeddings</source>
        <translation>um conceito é aplicado aos embeddings guardados das quadrículas: retire --no-embeddings</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="153"/>
        <source>two concept files name the concept {twice!r}; give each name once</source>
        <translation>dois arquivos de conceito dão o nome {twice!r} ao conceito; use cada nome uma só vez</translation>
    </message>
    <message>
        <location filename="../core/teach/apply.py" line="167"/>
        <source>concept file {path} names the concept {name!r}, which bundle {display_name} already applies (p_{name}, flag_{name}, group {group}): one would replace the other; save it under another name (teach LAYER --concept {path} --name {other} --positive ID --save-concept {other}.concept.json), or into a copy of the bundle with --save-to</source>
        <translation>o arquivo de conceito {path} dá o nome {name!r} ao conceito, que o pacote {display_name} já aplica (p_{name}, flag_{name}, grupo {group}): um substituiria o outro; salve-o com outro nome (teach LAYER --concept {path} --name {other} --positive ID --save-concept {other}.concept.json) ou numa cópia do pacote com --save-to</translation>
    </message>
    <message>
        <location filename="../runner.py" line="61"/>
        <source>raster layer {name!r} is not valid (is its file still there?)</source>
        <translation>a camada raster {name!r} não é válida (o arquivo ainda está lá?)</translation>
    </message>
    <message>
        <location filename="../runner.py" line="63"/>
        <source>raster layer {name!r} comes from the {provider!r} provider; only file-based (GDAL) rasters can be classified: save it as GeoTIFF first</source>
        <translation>a camada raster {name!r} vem do provedor {provider!r}; só rasters em arquivo (GDAL) podem ser classificados: salve-a antes como GeoTIFF</translation>
    </message>
    <message>
        <location filename="../runner.py" line="67"/>
        <source>raster layer {name!r} is read from inside an archive or a virtual file ({source}); only plain raster files can be classified: extract it (or save it as GeoTIFF) first</source>
        <translation>a camada raster {name!r} é lida de dentro de um arquivo compactado ou de um arquivo virtual ({source}); só arquivos raster comuns podem ser classificados: extraia-a (ou salve-a como GeoTIFF) antes</translation>
    </message>
    <message>
        <location filename="../runner.py" line="72"/>
        <source>raster layer {name!r} is read through GDAL&apos;s {driver} driver ({source}), not from a raster file of its own; only plain raster files can be classified: save it as GeoTIFF first</source>
        <translation>a camada raster {name!r} é lida pelo driver {driver} do GDAL ({source}), não de um arquivo raster próprio; só arquivos raster comuns podem ser classificados: salve-a antes como GeoTIFF</translation>
    </message>
    <message>
        <location filename="../runner.py" line="89"/>
        <source>the area of interest has no valid CRS</source>
        <translation>a área de interesse não tem um SRC válido</translation>
    </message>
    <message>
        <location filename="../runner.py" line="98"/>
        <source>the map extent</source>
        <translation>a extensão do mapa</translation>
    </message>
    <message>
        <location filename="../runner.py" line="101"/>
        <source>{what} is empty (no width or no height): give one that covers part of the raster</source>
        <translation>{what} está vazia (sem largura ou sem altura): informe uma que cubra parte do raster</translation>
    </message>
    <message>
        <location filename="../runner.py" line="108"/>
        <source>polygon layer</source>
        <translation>a camada de polígonos</translation>
    </message>
    <message>
        <location filename="../runner.py" line="116"/>
        <source>{what} must contain polygons</source>
        <translation>{what} deve conter polígonos</translation>
    </message>
    <message>
        <location filename="../runner.py" line="119"/>
        <source>{what} has no (selected) polygon features</source>
        <translation>{what} não tem feições de polígono (selecionadas)</translation>
    </message>
    <message>
        <location filename="../runner.py" line="126"/>
        <source>layer {name!r} has no selected features</source>
        <translation>a camada {name!r} não tem feições selecionadas</translation>
    </message>
    <message>
        <location filename="../runner.py" line="130"/>
        <source>layer {name!r}</source>
        <translation>a camada {name!r}</translation>
    </message>
    <message>
        <location filename="../runner.py" line="160"/>
        <source>{raster} is not a raster GDAL can read</source>
        <translation>{raster} não é um raster que o GDAL consiga ler</translation>
    </message>
    <message>
        <location filename="../runner.py" line="200"/>
        <source>cancel arrived after the last tile: the finished layer was kept</source>
        <translation>o cancelamento chegou depois da última quadrícula: a camada concluída foi mantida</translation>
    </message>
    <message>
        <location filename="../runner.py" line="210"/>
        <source>Python package {name!r} is missing in QGIS&apos;s Python; use {hint} (or pip install it) and try again</source>
        <translation>falta o pacote Python {name!r} no Python do QGIS; use {hint} (ou instale-o com pip) e tente de novo</translation>
    </message>
    <message>
        <location filename="../alerts_export.py" line="58"/>
        <source>unexpected error: {kind}: {error} (details in the &apos;Planet classifier&apos; log)</source>
        <translation>erro inesperado: {kind}: {error} (detalhes no log 'Planet classifier')</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="56"/>
        <source>cancelled by the user; no output was written</source>
        <translation>cancelado pelo usuário; nenhuma saída foi gravada</translation>
    </message>
    <message>
        <location filename="../core/layer/gpkg.py" line="70"/>
        <source>output {text} names a layer in a GeoPackage; give the file alone (e.g. {file}): its layer is always &apos;tiles&apos;</source>
        <translation>a saída {text} nomeia uma camada num GeoPackage; informe só o arquivo (p. ex. {file}): a camada é sempre 'tiles'</translation>
    </message>
    <message>
        <location filename="../core/layer/gpkg.py" line="75"/>
        <source>output {path} must end in .gpkg</source>
        <translation>a saída {path} deve terminar em .gpkg</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="605"/>
        <source>could not write {path}: {reason}</source>
        <translation>não foi possível gravar {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="65"/>
        <source>{where}: scaling method {method!r} is not one of {SCALING_METHODS}</source>
        <translation>{where}: o método de escala {method!r} não é um de {SCALING_METHODS}</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="68"/>
        <source>{where}: percentiles must satisfy 0 &lt;= low &lt; high &lt;= 100</source>
        <translation>{where}: os percentis devem cumprir 0 &lt;= low &lt; high &lt;= 100</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="70"/>
        <source>{where}: divide scale must be &gt; 0</source>
        <translation>{where}: a escala de divisão deve ser &gt; 0</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="72"/>
        <source>{where}: linear scaling needs gain and offset lists of equal length</source>
        <translation>{where}: a escala linear precisa de listas de ganho e deslocamento do mesmo tamanho</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="75"/>
        <source>{where}: give both out_low and out_high or neither</source>
        <translation>{where}: informe out_low e out_high, ou nenhum dos dois</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="93"/>
        <source>{where}: embedding.output must name the network output</source>
        <translation>{where}: embedding.output deve nomear a saída da rede</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="95"/>
        <source>{where}: embedding.size must be an integer in 1..65536</source>
        <translation>{where}: embedding.size deve ser um inteiro em 1..65536</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="97"/>
        <source>{where}: embedding.backbone_id must be a non-empty string</source>
        <translation>{where}: embedding.backbone_id deve ser um texto não vazio</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="99"/>
        <source>{where}: embedding.dtype must be float16 or float32</source>
        <translation>{where}: embedding.dtype deve ser float16 ou float32</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="147"/>
        <source> (and {n} more)</source>
        <translation> (e mais {n})</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="148"/>
        <source>{n} problems: </source>
        <translation>{n} problemas: </translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="188"/>
        <source>{where}: expected a JSON object</source>
        <translation>{where}: esperava-se um objeto JSON</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="191"/>
        <source>{where}: manifest format {fmt!r} is not supported (this plugin reads format {formats}); re-export the bundle with a matching trainer</source>
        <translation>{where}: o formato de manifesto {fmt!r} não é suportado (este plugin lê o formato {formats}); exporte o pacote de novo com um treinador compatível</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="199"/>
        <source>{where}: missing field(s): {missing}</source>
        <translation>{where}: campo(s) ausente(s): {missing}</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="203"/>
        <source>{where}: unknown field(s): {unknown}</source>
        <translation>{where}: campo(s) desconhecido(s): {unknown}</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="224"/>
        <source>{where}: bad scaling entry ({exc})</source>
        <translation>{where}: entrada de escala inválida ({exc})</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="228"/>
        <source>{where}: bad embedding entry ({exc})</source>
        <translation>{where}: entrada de embedding inválida ({exc})</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="231"/>
        <source>{where}: concepts must be a list</source>
        <translation>{where}: concepts deve ser uma lista</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="345"/>
        <source>model bundle {folder} is not a folder</source>
        <translation>o pacote do modelo {folder} não é uma pasta</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="349"/>
        <source>model bundle {folder} has no {MANIFEST}</source>
        <translation>o pacote do modelo {folder} não tem {MANIFEST}</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="352"/>
        <source>{manifest_path}: {size:,} bytes is too large for a manifest (at most {MAX_MANIFEST_BYTES:,}); is it the right file?</source>
        <translation>{manifest_path}: {size:,} bytes é grande demais para um manifesto (no máximo {MAX_MANIFEST_BYTES:,}); é o arquivo certo?</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="358"/>
        <source>{manifest_path}: not readable JSON ({exc})</source>
        <translation>{manifest_path}: JSON ilegível ({exc})</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="361"/>
        <source>{manifest_path}: JSON nested too deeply to be a manifest</source>
        <translation>{manifest_path}: JSON aninhado demais para ser um manifesto</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="368"/>
        <source>model bundle {folder}: {kind} file {name} is missing</source>
        <translation>pacote do modelo {folder}: falta o arquivo {kind} {name}</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="396"/>
        <source>model bundle {folder}: {kind} file {name!r} lies outside the bundle folder; a bundle&apos;s files must be inside it</source>
        <translation>pacote do modelo {folder}: o arquivo {kind} {name!r} fica fora da pasta do pacote; os arquivos de um pacote devem estar dentro dela</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="410"/>
        <source>{path}: not a readable .npy array ({reason}); re-export the bundle</source>
        <translation>{path}: não é uma matriz .npy legível ({reason}); exporte o pacote de novo</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="449"/>
        <source>no bundled model found under resources/models; pass a bundle folder explicitly</source>
        <translation>nenhum modelo incluído encontrado em resources/models; informe explicitamente uma pasta de pacote</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="33"/>
        <source>bounding box ({minx}, {miny}, {maxx}, {maxy}) has a coordinate that is not a finite number within +-{MAX_COORDINATE:g}</source>
        <translation>o retângulo envolvente ({minx}, {miny}, {maxx}, {maxy}) tem uma coordenada que não é um número finito dentro de +-{MAX_COORDINATE:g}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="37"/>
        <source>bounding box ({minx}, {miny}, {maxx}, {maxy}) is empty: need minx &lt; maxx and miny &lt; maxy</source>
        <translation>o retângulo envolvente ({minx}, {miny}, {maxx}, {maxy}) está vazio: é preciso minx &lt; maxx e miny &lt; maxy</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="54"/>
        <source>area of interest {text} is neither minx,miny,maxx,maxy[,CRS] (four numbers, then an optional CRS such as EPSG:32649) nor a file</source>
        <translation>a área de interesse {text} não é minx,miny,maxx,maxy[,CRS] (quatro números e depois um SRC opcional como EPSG:32649) nem um arquivo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="67"/>
        <source>area of interest {path} does not exist</source>
        <translation>a área de interesse {path} não existe</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="69"/>
        <source>area of interest {path} is not a file (a pipe, socket or device); save it to a file</source>
        <translation>a área de interesse {path} não é um arquivo (é um pipe, socket ou dispositivo); salve-a num arquivo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="76"/>
        <source>area of interest {path} {remote}</source>
        <translation>área de interesse {path}: {remote}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="91"/>
        <source>area of interest {path} is not a readable vector file ({exc})</source>
        <translation>a área de interesse {path} não é um arquivo vetorial legível ({exc})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="94"/>
        <source>area of interest {path} has no vector layer</source>
        <translation>a área de interesse {path} não tem camada vetorial</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="108"/>
        <source>area of interest {path} has no CRS; save it with one</source>
        <translation>a área de interesse {path} não tem SRC; salve-a com um</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="110"/>
        <source>area of interest {path} has an undefined CRS ({crs}); save it with a defined one</source>
        <translation>a área de interesse {path} tem um SRC indefinido ({crs}); salve-a com um SRC definido</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="104"/>
        <source>area of interest {path} holds no polygons</source>
        <translation>a área de interesse {path} não contém polígonos</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="131"/>
        <source>area of interest CRS {crs!r} is not understood ({exc})</source>
        <translation>o SRC {crs!r} da área de interesse não é reconhecido ({exc})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="180"/>
        <source>the raster has no CRS, so an area of interest cannot be placed on it</source>
        <translation>o raster não tem SRC, então não é possível posicionar nele uma área de interesse</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="238"/>
        <source>the area of interest cannot be placed on the raster: its CRS cannot be transformed to the raster&apos;s ({reason}); save the area of interest in a defined CRS</source>
        <translation>não é possível posicionar a área de interesse no raster: seu SRC não pode ser transformado no do raster ({reason}); salve a área de interesse num SRC definido</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="80"/>
        <source>band mapping {text!r} gives {n} bands, the model needs {needed} ({wanted})</source>
        <translation>o mapeamento de bandas {text!r} dá {n} bandas, o modelo precisa de {needed} ({wanted})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="86"/>
        <source>band mapping {text!r} is not like &apos;red=3,green=2,blue=1&apos; or &apos;3,2,1&apos;</source>
        <translation>o mapeamento de bandas {text!r} não é como 'red=3,green=2,blue=1' ou '3,2,1'</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="112"/>
        <source>the raster is one band of colour-table indexes (paletted), not colours: expand it to RGB first, e.g. gdal_translate -expand rgb in.tif rgb.tif</source>
        <translation>o raster é uma banda de índices de tabela de cores (paleta), não cores: expanda-o antes para RGB, p. ex. gdal_translate -expand rgb in.tif rgb.tif</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="120"/>
        <source>band mapping does not say which band is {missing}</source>
        <translation>o mapeamento de bandas não diz qual banda é {missing}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="124"/>
        <source>band mapping {bad} is outside the raster&apos;s bands 1..{count}</source>
        <translation>o mapeamento de bandas {bad} está fora das bandas 1..{count} do raster</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="155"/>
        <source>cannot tell which of the raster&apos;s {count} band(s) are {wanted}: set band descriptions or give a mapping such as --bands {listed} (known layouts: {known})</source>
        <translation>não é possível saber quais das {count} banda(s) do raster são {wanted}: defina descrições de banda ou informe um mapeamento como --bands {listed} (arranjos conhecidos: {known})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/preprocess.py" line="172"/>
        <source>raster data type {dtype} is not supported (use one of {SUPPORTED_DTYPES})</source>
        <translation>o tipo de dado raster {dtype} não é suportado (use um de {SUPPORTED_DTYPES})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/preprocess.py" line="178"/>
        <source>the model bundle says nothing about scaling {dtype} rasters (it knows {scaling})</source>
        <translation>o pacote do modelo não diz nada sobre a escala de rasters {dtype} (conhece {scaling})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/preprocess.py" line="199"/>
        <source>the raster holds no valid pixels (all nodata)</source>
        <translation>o raster não contém pixels válidos (tudo nodata)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="31"/>
        <source>raster {path} does not exist</source>
        <translation>o raster {path} não existe</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="33"/>
        <source>raster {path} is a folder, not a raster file</source>
        <translation>o raster {path} é uma pasta, não um arquivo raster</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="35"/>
        <source>raster {path} is {kind}, not a raster file; save the raster to a file first</source>
        <translation>o raster {path} é {kind}, não um arquivo raster; salve antes o raster num arquivo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="52"/>
        <source>{path} is not a readable raster ({reason})</source>
        <translation>{path} não é um raster legível ({reason})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="85"/>
        <source>{path} has a geotransform that places its pixels nowhere ({nowhere}); fix its georeference (e.g. gdal_edit.py -a_ullr ULX ULY LRX LRY {name}) or remove it (gdal_edit.py -unsetgt {name})</source>
        <translation>{path} tem uma geotransformação que não posiciona seus pixels em lugar algum ({nowhere}); corrija o georreferenciamento (p. ex. gdal_edit.py -a_ullr ULX ULY LRX LRY {name}) ou remova-o (gdal_edit.py -unsetgt {name})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="213"/>
        <source>{path} has no raster bands (a vector-only file?); choose a raster</source>
        <translation>{path} não tem bandas raster (um arquivo só vetorial?); escolha um raster</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="216"/>
        <source>{path} holds {n} raster tables ({shown}); export the one to classify first, e.g. gdal_translate {subdataset} {table}.tif</source>
        <translation>{path} contém {n} tabelas raster ({shown}); exporte antes a que vai classificar, p. ex. gdal_translate {subdataset} {table}.tif</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="328"/>
        <source>{name} is damaged or truncated: its pixels cannot be read ({reason}); re-download or re-export the raster</source>
        <translation>{name} está danificado ou truncado: seus pixels não podem ser lidos ({reason}); baixe ou exporte o raster de novo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/run_size.py" line="69"/>
        <source>classifying {name} ({width}x{height} px) would hold about {needed} at once ({held}), more than this machine&apos;s {memory} ({source}); {fix}</source>
        <translation>classificar {name} ({width}x{height} px) ocuparia cerca de {needed} de uma vez ({held}), mais que os {memory} desta máquina ({source}); {fix}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/run_size.py" line="105"/>
        <source>{where}{with_data}: more than {limit:,} to classify in one run; {part}, or raise --max-tiles if this machine may take the hours</source>
        <translation>{where}{with_data}: mais de {limit:,} para classificar numa execução; {part}, ou aumente --max-tiles se esta máquina puder levar as horas necessárias</translation>
    </message>
    <message>
        <location filename="../core/pipeline/run_size.py" line="109"/>
        <source>{where}, only about {tiles:,} of them with data: more than {MAX_GRID_TILES:,} tile positions to read in one run; {part} around its data</source>
        <translation>{where}, só cerca de {tiles:,} delas com dados: mais de {MAX_GRID_TILES:,} posições de quadrícula para ler numa execução; {part} em torno dos dados</translation>
    </message>
    <message>
        <location filename="../core/pipeline/run_size.py" line="118"/>
        <source>the most tiles a run may classify must be at least 1, not {limit}</source>
        <translation>o máximo de quadrículas que uma execução pode classificar deve ser pelo menos 1, não {limit}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/tiling.py" line="62"/>
        <source>tile size must be positive, got {size}</source>
        <translation>o tamanho da quadrícula deve ser positivo, recebido {size}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/tiling.py" line="64"/>
        <source>stride {stride} px is not allowed: use 1..{size} px (the chip size; a larger step would leave unclassified gaps between tiles)</source>
        <translation>o passo de {stride} px não é permitido: use 1..{size} px (o tamanho do recorte; um passo maior deixaria lacunas não classificadas entre as quadrículas)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/tiling.py" line="68"/>
        <source>raster is {width}x{height} px: it holds no pixels</source>
        <translation>o raster tem {width}x{height} px: não contém pixels</translation>
    </message>
    <message>
        <location filename="../core/pipeline/tiling.py" line="76"/>
        <source>the area of interest does not intersect the raster: the raster spans {raster_extent}, the area {area_extent}; check the area&apos;s coordinates and CRS</source>
        <translation>a área de interesse não intersecta o raster: o raster cobre {raster_extent}, a área {area_extent}; verifique as coordenadas e o SRC da área</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="104"/>
        <source>output {path} was {how} by another program or run while this run was writing; it was left as it is (run again to replace it)</source>
        <translation>a saída {path} foi {how} por outro programa ou execução enquanto esta execução gravava; foi deixada como está (execute de novo para substituí-la)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="104"/>
        <source>created</source>
        <translation>criada</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="104"/>
        <source>changed</source>
        <translation>alterada</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="111"/>
        <source>output {path} was created by another program or run while this run was writing; it was left as it is (run again to replace it)</source>
        <translation>a saída {path} foi criada por outro programa ou execução enquanto esta execução gravava; foi deixada como está (execute de novo para substituí-la)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="165"/>
        <source>{what} {path} is the input {given}; choose another name (inputs are never written over)</source>
        <translation>{what} {path} é a entrada {given}; escolha outro nome (as entradas nunca são sobrescritas)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="184"/>
        <source>{what} {path} is a symbolic link that loops (it points to itself); remove it or choose another {instead}</source>
        <translation>{what} {path} é um link simbólico em laço (aponta para si mesmo); remova-o ou escolha outro {instead}</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="199"/>
        <source>{what} {too_long}; choose a shorter name</source>
        <translation>{what} {too_long}; escolha um nome mais curto</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="204"/>
        <source>{what} {shown} cannot be written ({reason}); choose another name</source>
        <translation>{what} {shown} não pode ser gravada ({reason}); escolha outro nome</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="211"/>
        <source>{what} {path} is a folder</source>
        <translation>{what} {path} é uma pasta</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="214"/>
        <source>{what} {path} is {kind}, not a file; choose another name</source>
        <translation>{what} {path} é {kind}, não um arquivo; escolha outro nome</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="221"/>
        <source>{what} {path} already exists; pass --overwrite (or choose another name) to replace it</source>
        <translation>{what} {path} já existe; use --overwrite (ou escolha outro nome) para substituí-la</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="251"/>
        <source>{what} {path} cannot be written: {folder} is a file, not a folder; choose another place</source>
        <translation>{what} {path} não pode ser gravada: {folder} é um arquivo, não uma pasta; escolha outro lugar</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="254"/>
        <source>{what} folder {parent} does not exist; create it first, or choose another folder</source>
        <translation>a pasta de {what} {parent} não existe; crie-a antes ou escolha outra pasta</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="229"/>
        <source>{what} {path} is not writable (check permissions)</source>
        <translation>{what} {path} não é gravável (verifique as permissões)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="426"/>
        <source>cannot write {path}: its folder {parent} does not take new files ({reason}); nothing was written</source>
        <translation>não é possível gravar {path}: a pasta {parent} não aceita arquivos novos ({reason}); nada foi gravado</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="71"/>
        <source>{where} must be base64 text</source>
        <translation>{where} deve ser texto base64</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="75"/>
        <source>{where} is not valid base64</source>
        <translation>{where} não é base64 válido</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="77"/>
        <source>{where} does not hold whole rows of {size} float16 values</source>
        <translation>{where} não contém linhas inteiras de {size} valores float16</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="81"/>
        <source>{where} holds {n} rows; at most {MAX_EXAMPLES}</source>
        <translation>{where} contém {n} linhas; no máximo {MAX_EXAMPLES}</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="84"/>
        <source>{where} holds values that are not unit feature rows</source>
        <translation>{where} contém valores que não são linhas de atributos unitárias</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="143"/>
        <source>{path} is a folder; give a file name (e.g. {name}{SUFFIX})</source>
        <translation>{path} é uma pasta; informe um nome de arquivo (p. ex. {name}{SUFFIX})</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="147"/>
        <source>{path} is {kind}, not a file; give a file name (e.g. {name}{SUFFIX})</source>
        <translation>{path} é {kind}, não um arquivo; informe um nome de arquivo (p. ex. {name}{SUFFIX})</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="167"/>
        <source>could not write concept file {path} (nothing changed there): {exc}</source>
        <translation>não foi possível gravar o arquivo de conceito {path} (nada mudou lá): {exc}</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="179"/>
        <source>{where} does not exist</source>
        <translation>{where} não existe</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="181"/>
        <source>{where} is a folder; give the concept file in it (*{SUFFIX})</source>
        <translation>{where} é uma pasta; informe o arquivo de conceito dentro dela (*{SUFFIX})</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="187"/>
        <source>{where} is a symbolic link; give the file itself</source>
        <translation>{where} é um link simbólico; informe o próprio arquivo</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="187"/>
        <source>{where} is not a file</source>
        <translation>{where} não é um arquivo</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="190"/>
        <source>{where}: more than {MAX_BYTES:,} bytes is too large for a concept file</source>
        <translation>{where}: mais de {MAX_BYTES:,} bytes é grande demais para um arquivo de conceito</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="199"/>
        <source>concept file {path}</source>
        <translation>o arquivo de conceito {path}</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="208"/>
        <source>{where}: not readable JSON ({reason})</source>
        <translation>{where}: JSON ilegível ({reason})</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="211"/>
        <source>{where}: JSON nested too deeply to be a concept file</source>
        <translation>{where}: JSON aninhado demais para ser um arquivo de conceito</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="213"/>
        <source>{where}: not a concept file (no &quot;format&quot;: &quot;{FORMAT}&quot;)</source>
        <translation>{where}: não é um arquivo de conceito (sem &quot;format&quot;: &quot;{FORMAT}&quot;)</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="216"/>
        <source>{where}: version {version!r} is not one this plugin reads ({VERSION})</source>
        <translation>{where}: a versão {version!r} não é uma que este plugin lê ({VERSION})</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="223"/>
        <source>{where}: examples must be float16 rows as long as the weights</source>
        <translation>{where}: os exemplos devem ser linhas float16 do mesmo comprimento que os pesos</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>output</source>
        <translation>saída</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>report</source>
        <translation>relatório</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>export folder</source>
        <translation>pasta de exportação</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>preview</source>
        <translation>pré-visualização</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="143"/>
        <source>{path}: layer &apos;{LAYER}&apos; has no p_&lt;tag&gt; fields; it was not written by the classifier</source>
        <translation>{path}: a camada '{LAYER}' não tem campos p_&lt;tag&gt;; não foi gravada pelo classificador</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="268"/>
        <source>{name}: {name2} of fid {fids} is {value:g}, not a probability (0..1); was it edited by hand? Undo the edit or classify again</source>
        <translation>{name}: {name2} do fid {fids} é {value:g}, não uma probabilidade (0..1); foi editado à mão? Desfaça a edição ou classifique de novo</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="51"/>
        <source>concept name {name!r} must be 1-40 characters of a-z, 0-9 and _, starting with a letter (it becomes the fields p_&lt;name&gt; and flag_&lt;name&gt;)</source>
        <translation>o nome de conceito {name!r} deve ter 1-40 caracteres entre a-z, 0-9 e _, começando por uma letra (vira os campos p_&lt;name&gt; e flag_&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="54"/>
        <source>concept name {name!r} clashes with a field the tile layer already has (a tag, a flag group or a built-in field); choose another name</source>
        <translation>o nome de conceito {name!r} coincide com um campo que a camada de quadrículas já tem (uma tag, um grupo de alerta ou um campo próprio); escolha outro nome</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="78"/>
        <source>{where}: transform {transform!r} is not one of {TRANSFORMS}</source>
        <translation>{where}: a transformação {transform!r} não é uma de {TRANSFORMS}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="81"/>
        <source>{where}: backbone_id must be a non-empty string</source>
        <translation>{where}: backbone_id deve ser um texto não vazio</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="87"/>
        <source>{where}: context {context!r} is not one of {CONTEXTS}</source>
        <translation>{where}: o contexto {context!r} não é um de {CONTEXTS}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="90"/>
        <source>{where}: group {group!r} is not one of {CONCEPT_GROUPS}</source>
        <translation>{where}: o grupo {group!r} não é um de {CONCEPT_GROUPS}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="93"/>
        <source>{where}: weights must be a non-empty list of numbers (not strings or booleans)</source>
        <translation>{where}: os pesos devem ser uma lista não vazia de números (não textos nem booleanos)</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="97"/>
        <source>{where}: weights must be finite numbers within +-{MAX_COEFFICIENT:g}</source>
        <translation>{where}: os pesos devem ser números finitos dentro de +-{MAX_COEFFICIENT:g}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="100"/>
        <source>{where}: {size} weights but the embedding has {embedding_size} values</source>
        <translation>{where}: {size} pesos, mas o embedding tem {embedding_size} valores</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="105"/>
        <source>{where}: {key} must be a finite number within +-{MAX_COEFFICIENT:g}</source>
        <translation>{where}: {key} deve ser um número finito dentro de +-{MAX_COEFFICIENT:g}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="108"/>
        <source>{where}: threshold must lie in [0, 1]</source>
        <translation>{where}: o limiar deve estar em [0, 1]</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="113"/>
        <source>{where}: expected an object</source>
        <translation>{where}: esperava-se um objeto</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="118"/>
        <source>unknown field(s) {names}</source>
        <translation>campo(s) desconhecido(s) {names}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="118"/>
        <source>missing field(s) {names}</source>
        <translation>campo(s) ausente(s) {names}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="122"/>
        <source>{where}: provenance must be an object</source>
        <translation>{where}: provenance deve ser um objeto</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="78"/>
        <source>context {context!r} is not one of {CONTEXTS}</source>
        <translation>o contexto {context!r} não é um de {CONTEXTS}</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="147"/>
        <source>a concept with neighbour context needs every tile&apos;s row and column</source>
        <translation>um conceito com contexto de vizinhança precisa da linha e da coluna de cada quadrícula</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="177"/>
        <source>transform {transform!r} is not one of {TRANSFORMS}</source>
        <translation>a transformação {transform!r} não é uma de {TRANSFORMS}</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="163"/>
        <source>{path}: the network has {outputs} outputs but the manifest lists {n} labels</source>
        <translation>{path}: a rede tem {outputs} saídas, mas o manifesto lista {n} rótulos</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="171"/>
        <source>{path}: the manifest declares an embedding output {output!r} but the network has only {found}; re-export the bundle</source>
        <translation>{path}: o manifesto declara uma saída de embeddings {output!r}, mas a rede só tem {found}; exporte o pacote de novo</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="175"/>
        <source>{path}: the network&apos;s {output} output has {found} values but the manifest says {size}</source>
        <translation>{path}: a saída {output} da rede tem {found} valores, mas o manifesto diz {size}</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="267"/>
        <source>{path}: the network does not fit the manifest: {found}; re-export the bundle</source>
        <translation>{path}: a rede não corresponde ao manifesto: {found}; exporte o pacote de novo</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="302"/>
        <source>{path}: the manifest declares an embedding output but architecture {architecture!r} has no single backbone</source>
        <translation>{path}: o manifesto declara uma saída de embeddings, mas a arquitetura {architecture!r} não tem um backbone único</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="307"/>
        <source>{path}: the network&apos;s backbone gives {size} features but the manifest&apos;s embedding has {size2}</source>
        <translation>{path}: o backbone da rede dá {size} atributos, mas o embedding do manifesto tem {size2}</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="390"/>
        <source>backend {backend!r} is not one of {BACKENDS}</source>
        <translation>o motor {backend!r} não é um de {BACKENDS}</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="393"/>
        <source>device {device!r} is not one of {DEVICES}</source>
        <translation>o dispositivo {device!r} não é um de {DEVICES}</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="410"/>
        <source>no inference backend: install onnxruntime (pip install onnxruntime) or PyTorch</source>
        <translation>nenhum motor de inferência: instale o onnxruntime (pip install onnxruntime) ou o PyTorch</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="418"/>
        <source>backend {backend} cannot be used: {reason}</source>
        <translation>o motor {backend} não pode ser usado: {reason}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="130"/>
        <source>{path} was written by an older `change` without review fields; run `change` again</source>
        <translation>{path} foi gravado por um `change` mais antigo, sem campos de revisão; execute `change` de novo</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="344"/>
        <source>a confirmed alert needs a cause: one of {CAUSES}</source>
        <translation>um alerta confirmado precisa de uma causa: uma de {CAUSES}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="346"/>
        <source>a rejected alert needs a reason</source>
        <translation>um alerta rejeitado precisa de um motivo</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="348"/>
        <source>verdict must be {CONFIRMED}, {REJECTED} or empty, got {verdict!r}</source>
        <translation>o veredito deve ser {CONFIRMED}, {REJECTED} ou vazio, recebido {verdict!r}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="454"/>
        <source>could not add the fields reviewed_by and review_history to {path}</source>
        <translation>não foi possível adicionar os campos reviewed_by e review_history a {path}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="498"/>
        <source>could not store the review in {path}</source>
        <translation>não foi possível guardar a revisão em {path}</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="114"/>
        <source>need 0 &lt;= min rise ({min_rise:g}) &lt;= margin ({margin:g}) &lt;= 1</source>
        <translation>é preciso 0 &lt;= aumento mínimo ({min_rise:g}) &lt;= margem ({margin:g}) &lt;= 1</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="117"/>
        <source>far quantile must lie in (0, 1), got {far_quantile:g}</source>
        <translation>o quantil distante deve estar em (0, 1), recebido {far_quantile:g}</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="128"/>
        <source>{side} {scene} is not a raster file (missing, a folder or a web layer): give the raster the side was classified from, or leave it out</source>
        <translation>{side} {scene} não é um arquivo raster (ausente, uma pasta ou uma camada web): informe o raster de que esse lado foi classificado, ou deixe-o de fora</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="144"/>
        <source>{what} {value!r} is not a date (YYYY-MM-DD)</source>
        <translation>{what} {value!r} não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="147"/>
        <source>{what} {value} is in the future: give the day the scene was acquired (YYYY-MM-DD)</source>
        <translation>{what} {value} está no futuro: informe o dia em que a cena foi adquirida (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="169"/>
        <source>the {what} and the {other} are both {path}; give each its own name</source>
        <translation>{what} e {other} são ambos {path}; dê a cada um seu próprio nome</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="182"/>
        <source>report {report} must end in .html</source>
        <translation>o relatório {report} deve terminar em .html</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="383"/>
        <source>BEFORE ({before}) and AFTER ({after}) do not overlap enough: no AFTER tile is half covered; compare two classifications of the same place</source>
        <translation>BEFORE ({before}) e AFTER ({after}) não se sobrepõem o bastante: nenhuma quadrícula de AFTER está coberta pela metade; compare duas classificações do mesmo lugar</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="383"/>
        <source>BEFORE ({before}) and AFTER ({after}) do not overlap; compare two classifications of the same place</source>
        <translation>BEFORE ({before}) e AFTER ({after}) não se sobrepõem; compare duas classificações do mesmo lugar</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="230"/>
        <source>could not write report {report}: {exc}</source>
        <translation>não foi possível gravar o relatório {report}: {exc}</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="533"/>
        <source>BEFORE and AFTER were classified with different labels (only BEFORE: {before}; only AFTER: {after}); classify both with the same model bundle</source>
        <translation>BEFORE e AFTER foram classificados com rótulos diferentes (só BEFORE: {before}; só AFTER: {after}); classifique ambos com o mesmo pacote de modelo</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="537"/>
        <source>BEFORE ({name}) and AFTER ({name2}) come from different networks (backbones {backbone} and {backbone2}): their scores and embeddings do not compare; classify both with the same model bundle</source>
        <translation>BEFORE ({name}) e AFTER ({name2}) vêm de redes diferentes (backbones {backbone} e {backbone2}): suas pontuações e embeddings não se comparam; classifique ambos com o mesmo pacote de modelo</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="551"/>
        <source>{side} has no tiles</source>
        <translation>{side} não tem quadrículas</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="687"/>
        <source>{names} have no CRS and do not record which raster they were classified from, so their tiles cannot be matched by place; classify georeferenced scenes (or classify both again with this version if they are the same raster)</source>
        <translation>{names} não têm SRC nem registram de que raster foram classificados, então suas quadrículas não podem ser pareadas por lugar; classifique cenas georreferenciadas (ou classifique ambos de novo com esta versão se forem o mesmo raster)</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="692"/>
        <source>{names} have no CRS and were classified from different rasters ({scenes}): pixel positions say nothing about place; georeference both scenes to compare them</source>
        <translation>{names} não têm SRC e foram classificados de rasters diferentes ({scenes}): posições de pixel não dizem nada sobre o lugar; georreferencie ambas as cenas para compará-las</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="696"/>
        <source>{names} are runs on one raster without a CRS: their alerts have no place on Earth to export (--export writes lon/lat); leave --export out</source>
        <translation>{names} são execuções sobre um raster sem SRC: seus alertas não têm lugar na Terra para exportar (--export grava lon/lat); deixe --export de fora</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="66"/>
        <source>export folder {folder} already exists; give a new folder</source>
        <translation>a pasta de exportação {folder} já existe; informe uma pasta nova</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="71"/>
        <source>export folder {folder}: {parent} is not a folder</source>
        <translation>pasta de exportação {folder}: {parent} não é uma pasta</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="71"/>
        <source>export folder {folder}: folder {parent} does not exist; create it first</source>
        <translation>pasta de exportação {folder}: a pasta {parent} não existe; crie-a antes</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="75"/>
        <source>export folder {folder} cannot be written ({parent} is not writable)</source>
        <translation>não é possível gravar a pasta de exportação {folder} ({parent} não é gravável)</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="107"/>
        <source>{name} has no CRS: its alerts have no place on Earth to export in lon/lat; compare georeferenced scenes to hand alerts off</source>
        <translation>{name} não tem SRC: seus alertas não têm lugar na Terra para exportar em lon/lat; compare cenas georreferenciadas para repassar alertas</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="118"/>
        <source>export folder {folder} cannot be written ({value})</source>
        <translation>não é possível gravar a pasta de exportação {folder} ({value})</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="165"/>
        <source>AFTER&apos;s extent cannot be expressed in BEFORE&apos;s CRS, so it cannot be resampled onto its grid</source>
        <translation>a extensão de AFTER não pode ser expressa no SRC de BEFORE, então não pode ser reamostrada na grade dele</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="170"/>
        <source>BEFORE ({name}) and AFTER ({name2}) do not overlap; compare two rasters of the same place</source>
        <translation>BEFORE ({name}) e AFTER ({name2}) não se sobrepõem; compare dois rasters do mesmo lugar</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="203"/>
        <source>AFTER ({name}) cannot be opened by GDAL to resample it onto BEFORE&apos;s grid</source>
        <translation>AFTER ({name}) não pode ser aberto pelo GDAL para reamostrá-lo na grade de BEFORE</translation>
    </message>
    <message>
        <location filename="../core/pipeline/familiarity.py" line="82"/>
        <source>{path}: expected (chips &gt;= 2, {size}) floats, got {shape} {dtype}</source>
        <translation>{path}: esperava-se (recortes &gt;= 2, {size}) floats, recebido {shape} {dtype}</translation>
    </message>
    <message>
        <location filename="../core/teach/bank.py" line="98"/>
        <source>{path}: expected ({n}, rows, {size}) floats, got {shape} {dtype}</source>
        <translation>{path}: esperava-se ({n}, linhas, {size}) floats, recebido {shape} {dtype}</translation>
    </message>
    <message>
        <location filename="../core/teach/bank.py" line="102"/>
        <source>{path}: holds values that are not finite numbers; re-export the bundle</source>
        <translation>{path}: contém valores que não são números finitos; exporte o pacote de novo</translation>
    </message>
    <message>
        <location filename="../core/teach/bank.py" line="167"/>
        <source>{path}: manifest metrics.{METRICS}.transform {held!r} is not one of {TRANSFORMS}; re-run python -m scripts.teach_background</source>
        <translation>{path}: metrics.{METRICS}.transform {held!r} do manifesto não é uma de {TRANSFORMS}; execute de novo python -m scripts.teach_background</translation>
    </message>
    <message>
        <location filename="../core/teach/bank.py" line="184"/>
        <source>{path}: manifest metrics.{METRICS}.{GROUP_ROWS} must map a group to rows of the bank; re-run python -m scripts.teach_background</source>
        <translation>{path}: metrics.{METRICS}.{GROUP_ROWS} do manifesto deve associar um grupo a linhas do banco; execute de novo python -m scripts.teach_background</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="145"/>
        <source>tile id {text!r} is neither a fid (e.g. 12) nor ROW:COL (e.g. 3:4)</source>
        <translation>o id de quadrícula {text!r} não é um fid (p. ex. 12) nem ROW:COL (p. ex. 3:4)</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="156"/>
        <source>no tile at ROW:COL {text} in {name} (rows {min}..{max}, cols {min2}..{max2})</source>
        <translation>nenhuma quadrícula em ROW:COL {text} de {name} (linhas {min}..{max}, colunas {min2}..{max2})</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="163"/>
        <source>no tile with fid {fid} in {name} (fids {min}..{max})</source>
        <translation>nenhuma quadrícula com fid {fid} em {name} (fids {min}..{max})</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="172"/>
        <source>tile GeoPackage {path} does not exist</source>
        <translation>o GeoPackage de quadrículas {path} não existe</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="172"/>
        <source>{path} is not a file</source>
        <translation>{path} não é um arquivo</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="241"/>
        <source>{path} has no layer &apos;{LAYER}&apos;; teach works on the GeoPackage written by classify</source>
        <translation>{path} não tem a camada '{LAYER}'; o ensino trabalha no GeoPackage gravado pela classificação</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="246"/>
        <source>layer &apos;{LAYER}&apos; of {path} has no {missing} field; teach works on the GeoPackage written by classify</source>
        <translation>a camada '{LAYER}' de {path} não tem o campo {missing}; o ensino trabalha no GeoPackage gravado pela classificação</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="256"/>
        <source>{name}: the embeddings do not say which backbone made them (no {META_BACKBONE} layer metadata); rerun classify</source>
        <translation>{name}: os embeddings não dizem qual backbone os gerou (sem o metadado de camada {META_BACKBONE}); classifique de novo</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="259"/>
        <source>{name}: its embeddings come from backbone {found}, but the bundle&apos;s backbone is {backbone_id}; classify the scene again with this bundle, or pass the bundle it was classified with (--bundle)</source>
        <translation>{name}: seus embeddings vêm do backbone {found}, mas o backbone do pacote é {backbone_id}; classifique a cena de novo com este pacote ou informe o pacote com que foi classificada (--bundle)</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="269"/>
        <source>{name}: layer metadata {META_SIZE}/{META_DTYPE} missing or invalid; rerun classify</source>
        <translation>{name}: metadado de camada {META_SIZE}/{META_DTYPE} ausente ou inválido; classifique de novo</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="273"/>
        <source>{name}: its metadata says the embeddings are {size} {dtype} values, but the bundle&apos;s are {size2} {dtype2} values; rerun classify with this bundle</source>
        <translation>{name}: seus metadados dizem que os embeddings são {size} valores {dtype}, mas os do pacote são {size2} valores {dtype2}; classifique de novo com este pacote</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="279"/>
        <source>layer &apos;{LAYER}&apos; of {path} has no tiles</source>
        <translation>a camada '{LAYER}' de {path} não tem quadrículas</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="282"/>
        <source>{name}: the fids of layer &apos;{LAYER}&apos; are not unique whole numbers (a table made without an integer primary key?); teach works on the GeoPackage written by classify</source>
        <translation>{name}: os fids da camada '{LAYER}' não são números inteiros únicos (uma tabela feita sem chave primária inteira?); o ensino trabalha no GeoPackage gravado pela classificação</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="287"/>
        <source>{name}: the embedding of fid {wrong} is not a BLOB (it holds text or a number); rerun classify</source>
        <translation>{name}: o embedding do fid {wrong} não é um BLOB (contém texto ou um número); classifique de novo</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="292"/>
        <source>{name}: {exc}; rerun classify</source>
        <translation>{name}: {exc}; classifique de novo</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="295"/>
        <source>{name}: the embedding of fid {data} holds values that are not finite numbers; rerun classify</source>
        <translation>{name}: o embedding do fid {data} contém valores que não são números finitos; classifique de novo</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="301"/>
        <source>{name}: row/col of fid {wrong} is not a whole number; rerun classify</source>
        <translation>{name}: row/col do fid {wrong} não é um número inteiro; classifique de novo</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="314"/>
        <source>{path} cannot be read as a tile GeoPackage ({exc})</source>
        <translation>{path} não pode ser lido como GeoPackage de quadrículas ({exc})</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="323"/>
        <source>{path} is read-only; make it writable or teach on a copy</source>
        <translation>{path} é somente leitura; torne-o gravável ou ensine numa cópia</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="325"/>
        <source>the folder of {path} is read-only (SQLite needs it for its journal); teach on a copy in a writable folder</source>
        <translation>a pasta de {path} é somente leitura (o SQLite precisa dela para seu journal); ensine numa cópia numa pasta gravável</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="351"/>
        <source>layer &apos;{LAYER}&apos; of {name} already has {taken}, which no taught concept wrote (its {META_CONCEPTS} metadata does not list &apos;{name2}&apos;): teaching would overwrite it; choose another name, or rename that field</source>
        <translation>a camada '{LAYER}' de {name} já tem {taken}, que nenhum conceito ensinado gravou (seu metadado {META_CONCEPTS} não lista '{name2}'): ensinar o sobrescreveria; escolha outro nome ou renomeie esse campo</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="377"/>
        <source>{n} probabilities for {n2} tiles</source>
        <translation>{n} probabilidades para {n2} quadrículas</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="379"/>
        <source>concept probabilities must be finite numbers in 0..1</source>
        <translation>as probabilidades do conceito devem ser números finitos em 0..1</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="416"/>
        <source>{name} holds a trigger {trigger!r} that would change {table!r} when teach writes its fields; teach runs no SQL stored in a file, so it was left as it was: drop that trigger (DROP TRIGGER &quot;{trigger}&quot;) if you trust it, or teach on a layer classify wrote</source>
        <translation>{name} contém um gatilho {trigger!r} que alteraria {table!r} quando o ensino grava seus campos; o ensino não executa SQL guardado num arquivo, então ele foi deixado como estava: remova esse gatilho (DROP TRIGGER &quot;{trigger}&quot;) se confiar nele, ou ensine numa camada gravada pela classificação</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="421"/>
        <source>could not write {name} (left as it was): {exc}</source>
        <translation>não foi possível gravar {name} (ficou como estava): {exc}</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="449"/>
        <source>{name}: {bad} of fid {bad2} is {value}, not a finite number, so flag_/score_ of the groups cannot be refolded; rerun classify (or fix that value) and teach again</source>
        <translation>{name}: {bad} do fid {bad2} é {value}, não um número finito, então flag_/score_ dos grupos não podem ser recalculados; classifique de novo (ou corrija esse valor) e ensine de novo</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="473"/>
        <source>the layer&apos;s metadata disappeared since it was read; read it again</source>
        <translation>os metadados da camada sumiram desde que foram lidos; leia-a de novo</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="75"/>
        <source>group {group!r} is not one of {CONCEPT_GROUPS}</source>
        <translation>o grupo {group!r} não é um de {CONCEPT_GROUPS}</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="83"/>
        <source>method {method!r} is not one of {METHODS}</source>
        <translation>o método {method!r} não é um de {METHODS}</translation>
    </message>
    <message>
        <location filename="../core/teach/fit.py" line="227"/>
        <source>{empty} of the marked positive tiles have an empty embedding (all zeros: the network saw nothing there); unmark them</source>
        <translation>{empty} das quadrículas marcadas como positivas têm embedding vazio (só zeros: a rede não viu nada ali); desmarque-as</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="244"/>
        <source>mark at least one positive tile (a tile that shows the concept)</source>
        <translation>marque pelo menos uma quadrícula positiva (uma quadrícula que mostra o conceito)</translation>
    </message>
    <message>
        <location filename="../core/teach/fit.py" line="576"/>
        <source>tile index {outside} is outside 0..{value}</source>
        <translation>o índice de quadrícula {outside} está fora de 0..{value}</translation>
    </message>
    <message>
        <location filename="../core/teach/fit.py" line="579"/>
        <source>tile index {both} is marked both positive and negative</source>
        <translation>o índice de quadrícula {both} está marcado como positivo e como negativo</translation>
    </message>
    <message>
        <location filename="../core/teach/fit.py" line="242"/>
        <source>every tile is marked positive: there is nothing to tell the concept apart from</source>
        <translation>todas as quadrículas estão marcadas como positivas: não há nada de que distinguir o conceito</translation>
    </message>
    <message>
        <location filename="../core/teach/fit.py" line="602"/>
        <source>the marked tiles look like the scene&apos;s average tile (or have empty embeddings); mark other tiles</source>
        <translation>as quadrículas marcadas parecem a quadrícula média da cena (ou têm embeddings vazios); marque outras quadrículas</translation>
    </message>
    <message>
        <location filename="../core/teach/fit.py" line="623"/>
        <source>no negative tiles: mark some, or let unmarked tiles be drawn as background negatives (--background above 0)</source>
        <translation>nenhuma quadrícula negativa: marque algumas ou deixe que quadrículas não marcadas sejam sorteadas como negativas de fundo (--background acima de 0)</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="108"/>
        <source>{name} was classified with backbone {backbone_id}, not this bundle&apos;s; locate with the bundle the layer was classified with</source>
        <translation>{name} foi classificado com o backbone {backbone_id}, não o deste pacote; localize com o pacote com que a camada foi classificada</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="119"/>
        <source>{name}: its tile grid ({RUN_META}) is unreadable; classify the scene again</source>
        <translation>{name}: sua grade de quadrículas ({RUN_META}) está ilegível; classifique a cena de novo</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="148"/>
        <source>{name} does not record the raster it was classified from ({RUN_META}); classify the scene again</source>
        <translation>{name} não registra o raster de que foi classificado ({RUN_META}); classifique a cena de novo</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="152"/>
        <source>the raster {name} was classified from, {scene}, is gone (moved or deleted): put it back, or say where it is now (teach --raster), to locate tiles in it</source>
        <translation>o raster de que {name} foi classificado, {scene}, sumiu (movido ou apagado): recoloque-o ou diga onde está agora (teach --raster) para localizar quadrículas nele</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="158"/>
        <source>{raster} is not the raster {name} was classified from ({why}); give that raster</source>
        <translation>{raster} não é o raster de que {name} foi classificado ({why}); informe esse raster</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="201"/>
        <source>no tile with fid {missing} in {name}</source>
        <translation>nenhuma quadrícula com fid {missing} em {name}</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="274"/>
        <source>tile {fid} of {name} has no geometry</source>
        <translation>a quadrícula {fid} de {name} não tem geometria</translation>
    </message>
    <message>
        <location filename="../core/teach/locate.py" line="330"/>
        <source>the {backend} predictor returned no embeddings</source>
        <translation>o preditor {backend} não devolveu embeddings</translation>
    </message>
    <message>
        <location filename="../core/teach/review.py" line="63"/>
        <source>neighbour-weighted review needs every tile&apos;s row and column</source>
        <translation>a revisão ponderada pela vizinhança precisa da linha e da coluna de cada quadrícula</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="65"/>
        <source>--save-to {target} is a file, not a folder</source>
        <translation>--save-to {target} é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="71"/>
        <source>--save-to {target} is a folder this plugin did not make (no {MARKER}): it is never replaced; choose a new or empty folder</source>
        <translation>--save-to {target} é uma pasta que este plugin não criou (sem {MARKER}): nunca é substituída; escolha uma pasta nova ou vazia</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="75"/>
        <source>--save-to {target} also holds {extra}, which the earlier save did not write; move them out or choose another folder</source>
        <translation>--save-to {target} também contém {extra}, que o salvamento anterior não gravou; tire-os de lá ou escolha outra pasta</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="87"/>
        <source>--save-to {target} is inside the installed plugin ({PLUGIN_DIR}), which an update replaces; choose a folder of your own</source>
        <translation>--save-to {target} está dentro do plugin instalado ({PLUGIN_DIR}), que uma atualização substitui; escolha uma pasta sua</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="94"/>
        <source>--save-to {target} is inside the plugin&apos;s own model folder ({shipped}); choose a folder of your own</source>
        <translation>--save-to {target} está dentro da pasta de modelos do próprio plugin ({shipped}); escolha uma pasta sua</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="97"/>
        <source>--save-to {target} would write over the bundle it copies ({source_dir}); choose another folder</source>
        <translation>--save-to {target} sobrescreveria o pacote que copia ({source_dir}); escolha outra pasta</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="120"/>
        <source>bundle {source_dir}: folder {part!r} of {name} is a symbolic link or not a folder; saving copies only regular files inside the bundle</source>
        <translation>pacote {source_dir}: a pasta {part!r} de {name} é um link simbólico ou não é uma pasta; salvar copia só arquivos comuns dentro do pacote</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="128"/>
        <source>bundle {source_dir}: {name} {why}</source>
        <translation>pacote {source_dir}: {name} {why}</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="154"/>
        <source>bundle {path} has no embedding output, so it cannot carry a concept; use a bundle exported by this version</source>
        <translation>o pacote {path} não tem saída de embeddings, então não pode levar um conceito; use um pacote exportado por esta versão</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="188"/>
        <source>could not save the bundle to {target} (nothing changed there): {exc}</source>
        <translation>não foi possível salvar o pacote em {target} (nada mudou lá): {exc}</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="86"/>
        <source>the target precision must lie above 0 and below 1 (e.g. 0.8), not {value}</source>
        <translation>a precisão-alvo deve ficar acima de 0 e abaixo de 1 (por exemplo 0.8), não {value}</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="89"/>
        <source>--background, --top, --review, --seed and the bank weight must not be negative</source>
        <translation>--background, --top, --review, --seed e o peso do banco não podem ser negativos</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="162"/>
        <source>bundle {path} has no embedding output, so its tiles cannot be taught on; use a bundle exported by this version</source>
        <translation>o pacote {path} não tem saída de embeddings, então não se pode ensinar sobre suas quadrículas; use um pacote exportado por esta versão</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="193"/>
        <source>answer {answer!r} is not one of {ANSWERS}</source>
        <translation>a resposta {answer!r} não é uma de {ANSWERS}</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="218"/>
        <source>the concept to continue uses context {context!r}, not {context2!r}; teach it on with the same context</source>
        <translation>o conceito a continuar usa o contexto {context!r}, não {context2!r}; continue a ensiná-lo com o mesmo contexto</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="246"/>
        <source>mark at least one positive tile of this scene (the concept&apos;s earlier scenes are not enough to set its threshold here)</source>
        <translation>marque pelo menos uma quadrícula positiva desta cena (as cenas anteriores do conceito não bastam para definir seu limiar aqui)</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="323"/>
        <source>nothing taught yet: refit first</source>
        <translation>nada foi ensinado ainda: reajuste antes</translation>
    </message>
    <message>
        <location filename="../core/model/concepts.py" line="83"/>
        <source>{where} was taught on embeddings of backbone {backbone_id}, but this model&apos;s backbone is {model_backbone}; teach it again with this model</source>
        <translation>{where} foi ensinado com embeddings do backbone {backbone_id}, mas o backbone deste modelo é {model_backbone}; ensine-o de novo com este modelo</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="154"/>
        <source>{path}: ONNX model cannot be loaded ({reason})</source>
        <translation>{path}: o modelo ONNX não pode ser carregado ({reason})</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="306"/>
        <source>alert {fid} of {name} has no geometry (edited in QGIS?): undo the edit or run `change` again</source>
        <translation>o alerta {fid} de {name} não tem geometria (editado no QGIS?): desfaça a edição ou execute `change` de novo</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="152"/>
        <source>could not write export folder {folder}: {reason}</source>
        <translation>não foi possível gravar a pasta de exportação {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="161"/>
        <source>AFTER&apos;s CRS cannot be transformed to BEFORE&apos;s ({reason}), so AFTER cannot be resampled onto BEFORE&apos;s grid</source>
        <translation>o SRC de AFTER não pode ser transformado no de BEFORE ({reason}), então AFTER não pode ser reamostrado na grade de BEFORE</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="221"/>
        <source>AFTER ({name}) could not be resampled onto BEFORE&apos;s grid: {reason}</source>
        <translation>AFTER ({name}) não pôde ser reamostrado na grade de BEFORE: {reason}</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="151"/>
        <source>ROW:COL {text} names {n} tiles of {name} (fids {fids}); give the fid of the one you mean</source>
        <translation>ROW:COL {text} nomeia {n} quadrículas de {name} (fids {fids}); informe o fid da que você quer</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="65"/>
        <source>{path} is in use by another program that is writing it (the database is locked); finish or close that (an edit session in QGIS?) and try again</source>
        <translation>{path} está em uso por outro programa que o está gravando (o banco de dados está bloqueado); termine ou feche esse programa (uma sessão de edição no QGIS?) e tente de novo</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="69"/>
        <source>{path} is not a GeoPackage ({exc})</source>
        <translation>{path} não é um GeoPackage ({exc})</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="71"/>
        <source>{path} holds an unfinished write (a program was stopped while writing it and left {name}-journal): open it once with write access (make the file and its folder writable) so SQLite can undo that write, then try again</source>
        <translation>{path} contém uma gravação inacabada (um programa foi interrompido enquanto o gravava e deixou {name}-journal): abra-o uma vez com acesso de escrita (torne o arquivo e sua pasta graváveis) para que o SQLite desfaça essa gravação, e tente de novo</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="140"/>
        <source>{path} holds an unfinished write that SQLite could not undo ({exc})</source>
        <translation>{path} contém uma gravação inacabada que o SQLite não conseguiu desfazer ({exc})</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="93"/>
        <source>{path} does not exist</source>
        <translation>{path} não existe</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="109"/>
        <source>{path} is not a readable GeoPackage (or it cannot be written)</source>
        <translation>{path} não é um GeoPackage legível (ou não pode ser gravado)</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="109"/>
        <source>{path} is not a readable GeoPackage</source>
        <translation>{path} não é um GeoPackage legível</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="124"/>
        <source>{path} has no layer &apos;{name}&apos;; give a GeoPackage written by {written_by}</source>
        <translation>{path} não tem a camada '{name}'; informe um GeoPackage gravado por {written_by}</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="124"/>
        <source>the classifier</source>
        <translation>o classificador</translation>
    </message>
    <message>
        <location filename="../core/teach/fields.py" line="250"/>
        <source>{name}: this layer was written without embeddings: rerun classify without --no-embeddings</source>
        <translation>{name}: esta camada foi gravada sem embeddings: classifique de novo sem --no-embeddings</translation>
    </message>
    <message>
        <location filename="../core/pipeline/familiarity.py" line="97"/>
        <source>{path}: manifest metrics.{METRICS}.distance {value!r} is not a cosine distance (0..2); re-export the bundle</source>
        <translation>{path}: metrics.{METRICS}.distance {value!r} do manifesto não é uma distância de cosseno (0..2); exporte o pacote de novo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="90"/>
        <source>{path} is georeferenced in {off}, off the earth: its CRS is not the one its coordinates are in (a projected raster given WGS 84?); assign the right one, e.g. gdal_edit.py -a_srs EPSG:32633 {name} for UTM zone 33N</source>
        <translation>{path} está georreferenciado em {off}, fora da Terra: seu SRC não é aquele em que estão suas coordenadas (um raster projetado marcado como WGS 84?); atribua o correto, p. ex. gdal_edit.py -a_srs EPSG:32633 {name} para UTM zona 33N</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="122"/>
        <source>concept {name!r} records more about its scenes and models than a concept file holds ({CONCEPT_ROOM:,} bytes); teach it afresh on this scene (without --concept)</source>
        <translation>o conceito {name!r} registra mais sobre suas cenas e modelos do que cabe num arquivo de conceito ({CONCEPT_ROOM:,} bytes); ensine-o do zero nesta cena (sem --concept)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="629"/>
        <source>a named pipe (FIFO)</source>
        <translation>um pipe nomeado (FIFO)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="629"/>
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="629"/>
        <source>a device</source>
        <translation>um dispositivo</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="629"/>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="80"/>
        <source>model bundle {path} has no embedding output, so it cannot teach; choose a bundle exported by this version</source>
        <translation>o pacote do modelo {path} não tem saída de embeddings, então não pode ensinar; escolha um pacote exportado por esta versão</translation>
    </message>
    <message>
        <location filename="../style.py" line="685"/>
        <source>{layer} is in edit mode: save or discard the edits first</source>
        <translation>{layer} está em modo de edição: salve ou descarte as edições primeiro</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="114"/>
        <source>{path} is no longer there ({why}): was it moved or deleted? Add the tile layer again from where it is now</source>
        <translation>{path} não está mais lá ({why}): foi movido ou apagado? Adicione a camada de quadrículas de novo a partir de onde ela está agora</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="164"/>
        <source>group {group} is not one of {groups}</source>
        <translation>o grupo {group} não é um de {groups}</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="322"/>
        <source>bundle {bundle} applies its own concept '{name}' (p_{name}, flag_{name}, group {group}): classify would refuse a concept file of that name beside it; name this one otherwise ({other}), or use Save concept… (a copy of the bundle that carries it)</source>
        <translation>o pacote {bundle} aplica o seu próprio conceito '{name}' (p_{name}, flag_{name}, grupo {group}): a classificação recusaria um arquivo de conceito com esse nome ao lado dele; dê outro nome a este ({other}) ou use Salvar conceito… (uma cópia do pacote que o leva)</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="211"/>
        <source>SQL views ({shown}), which reading it runs (one may never end)</source>
        <translation>visões SQL ({shown}), que a leitura executa (uma pode nunca terminar)</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="220"/>
        <source>{path} holds {views}; a GeoPackage written by {written_by} holds none: give the one it wrote</source>
        <translation>{path} contém {views}; um GeoPackage gravado por {written_by} não contém nenhuma: informe o que ele gravou</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="79"/>
        <source>area of interest {path} holds {views}; save the area as a plain file (GeoJSON) and give that</source>
        <translation>a área de interesse {path} contém {views}; salve a área como um arquivo simples (GeoJSON) e informe esse</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="256"/>
        <source>area of interest {path}: polygon {fid} has coordinates that are not finite numbers (NaN or infinite); fix or redraw it</source>
        <translation>área de interesse {path}: o polígono {fid} tem coordenadas que não são números finitos (NaN ou infinitos); corrija-o ou desenhe-o de novo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="134"/>
        <source>the raster&apos;s band descriptions name more than one band as {name} (bands {bands}): say which is which with --bands {listed}</source>
        <translation>as descrições de banda do raster nomeiam mais de uma banda como {name} (bandas {bands}): diga qual é qual com --bands {listed}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="149"/>
        <source>the raster&apos;s band descriptions ({said}) contradict the {label} layout its band count suggests: say which band is which with --bands {listed} (or describe every band)</source>
        <translation>as descrições de banda do raster ({said}) contradizem o arranjo {label} que o seu número de bandas sugere: diga qual banda é qual com --bands {listed} (ou descreva todas as bandas)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/tiling.py" line="97"/>
        <source>tile {row}:{col} lies outside the raster&apos;s grid of {rows} x {cols} tiles (rows 0..{r}, cols 0..{c}): is it a tile of this raster, its row and col as classify wrote them?</source>
        <translation>a quadrícula {row}:{col} está fora da grade do raster de {rows} x {cols} quadrículas (linhas 0..{r}, colunas 0..{c}): é uma quadrícula deste raster, com row e col como a classificação os gravou?</translation>
    </message>
    <message>
        <location filename="../core/monitor/footprints.py" line="28"/>
        <source>BEFORE&apos;s CRS ({before}) and AFTER&apos;s ({after}) have no transformation between them (a local grid is tied to no place on the earth): classify both in one CRS</source>
        <translation>o SRC de BEFORE ({before}) e o de AFTER ({after}) não têm transformação entre si (uma grade local não está ligada a nenhum lugar da Terra): classifique os dois num mesmo SRC</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="73"/>
        <source>band mapping names {name} twice ({given}): give each band once, e.g. {listed}</source>
        <translation>o mapeamento de bandas nomeia {name} duas vezes ({given}): informe cada banda uma vez, por exemplo {listed}</translation>
    </message>
    <message>
        <location filename="../core/teach/save.py" line="169"/>
        <source>concept {name!r} records more about its scenes and models than a bundle&apos;s manifest holds ({MAX_MANIFEST_BYTES:,} bytes); save it as a concept file instead</source>
        <translation>o conceito {name!r} registra mais sobre as suas cenas e modelos do que cabe no manifesto de um pacote ({MAX_MANIFEST_BYTES:,} bytes); salve-o como arquivo de conceito</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="673"/>
        <source>{names} are on a local grid that no datum ties to the earth: their alerts have no lon/lat to export (--export writes lon/lat); leave --export out</source>
        <translation>{names} estão numa grade local que nenhum datum liga à Terra: os seus alertas não têm lon/lat para exportar (--export grava lon/lat); deixe --export de fora</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="110"/>
        <source>{name} is on a local grid that no datum ties to the earth: its alerts have no lon/lat to export; compare scenes georeferenced on the earth to hand alerts off</source>
        <translation>{name} está numa grade local que nenhum datum liga à Terra: os seus alertas não têm lon/lat para exportar; compare cenas georreferenciadas na Terra para repassar alertas</translation>
    </message>
    <message>
        <location filename="../core/pipeline/classify.py" line="211"/>
        <source>bands of {name} have different data types ({types}); write it with one first, e.g. gdal_translate -ot {gdal_type} {name} {stem}_{gdal_type}.tif</source>
        <translation>as bandas de {name} têm tipos de dados diferentes ({types}); grave-o antes com um só tipo, por exemplo gdal_translate -ot {gdal_type} {name} {stem}_{gdal_type}.tif</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="479"/>
        <source>similarity</source>
        <translation>semelhança</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="479"/>
        <source>logistic regression</source>
        <translation>regressão logística</translation>
    </message>
    <message>
        <location filename="../teach_layer.py" line="480"/>
        <source>loaded</source>
        <translation>carregado</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="670"/>
        <source>{title} (weak for this model)</source>
        <translation>{title} (fraca neste modelo)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="703"/>
        <source>{title} is weak for this model ({why}): the tiles it selects are a hint, not a finding; the map&apos;s labels leave it out.</source>
        <translation>{title} é fraca neste modelo ({why}): as quadrículas que ela seleciona são uma pista, não um achado; os rótulos do mapa a deixam de fora.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="441"/>
        <source>{name} has no CRS: tiles are written in pixel coordinates (row down is negative y) and will not line up with other layers</source>
        <translation>{name} não tem SRC: as quadrículas são gravadas em coordenadas de pixel (descer uma linha é y negativo) e não se alinharão com outras camadas</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="444"/>
        <source>{name} is georeferenced by ground control points only: tiles are written in pixel coordinates; warp it first (gdalwarp {name} warped.tif) to line them up with other layers</source>
        <translation>{name} é georreferenciado apenas por pontos de controle: as quadrículas são gravadas em coordenadas de pixel; reprojete-o antes (gdalwarp {name} warped.tif) para alinhá-las com outras camadas</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="52"/>
        <source>{path} cannot be read: {odd}, where SQLite keeps the file&apos;s journal; remove it (or move the GeoPackage elsewhere)</source>
        <translation>{path} não pode ser lido: {odd}, onde o SQLite guarda o diário do arquivo; remova-o (ou mova o GeoPackage para outro lugar)</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="429"/>
        <source>its header declares {shape} {dtype} values, {needed:,} bytes; the file holds {held:,}</source>
        <translation>seu cabeçalho declara {shape} valores {dtype}, {needed:,} bytes; o arquivo tem {held:,}</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="575"/>
        <source>{side} ({name}) holds tile {row}:{col} twice (fids {first}, {second}: one polygon in two features, a feature copied in QGIS?), which would be compared and alerted on twice; delete the copy or classify again</source>
        <translation>{side} ({name}) tem a quadrícula {row}:{col} duas vezes (fids {first}, {second}: um polígono em duas feições, uma feição copiada no QGIS?), que seria comparada e alertada duas vezes; apague a cópia ou classifique de novo</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="591"/>
        <source>{side} ({name}): {tiles} (fid {shown}) with no row and col of the grid (the row or col field deleted, renamed or edited below 0 in QGIS?), which place each tile among its neighbours; undo the edit or classify again</source>
        <translation>{side} ({name}): {tiles} (fid {shown}) sem linha e coluna da grade (o campo row ou col apagado, renomeado ou editado abaixo de 0 no QGIS?), que situam cada quadrícula entre suas vizinhas; desfaça a edição ou classifique de novo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="95"/>
        <source>{path} is georeferenced in {outside}, outside the area that CRS maps to the earth: its CRS is not the one its coordinates are in; assign the right one, e.g. gdal_edit.py -a_srs EPSG:32633 {name} for UTM zone 33N</source>
        <translation>{path} está georreferenciado em {outside}, fora da área que esse SRC mapeia na Terra: seu SRC não é aquele em que estão suas coordenadas; atribua o certo, p. ex. gdal_edit.py -a_srs EPSG:32633 {name} para a zona UTM 33N</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="324"/>
        <source>{name}: a block of {width}x{height} px (GDAL decodes each whole) could not be held in memory ({reason}); {retile}</source>
        <translation>{name}: um bloco de {width}x{height} px (o GDAL decodifica cada um inteiro) não coube na memória ({reason}); {retile}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="335"/>
        <source>re-tile it first, e.g. gdal_translate -co TILED=YES -co COMPRESS=DEFLATE {name} {stem}_tiled.tif</source>
        <translation>reorganize-o em blocos antes, p. ex. gdal_translate -co TILED=YES -co COMPRESS=DEFLATE {name} {stem}_tiled.tif</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="217"/>
        <source>{what} {path} is a symbolic link to {target}, which does not exist; pass --overwrite to replace the link (or choose another name)</source>
        <translation>{what} {path} é um link simbólico para {target}, que não existe; passe --overwrite para substituir o link (ou escolha outro nome)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="285"/>
        <source>{what} {shown} cannot be given to GDAL: this Python reads file names as {encoding} (its locale); run it with PYTHONUTF8=1 or a UTF-8 locale (LANG=C.UTF-8)</source>
        <translation>{what} {shown} não pode ser passado ao GDAL: este Python lê nomes de arquivo como {encoding} (sua localidade); execute-o com PYTHONUTF8=1 ou uma localidade UTF-8 (LANG=C.UTF-8)</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="288"/>
        <source>{what} {shown} has a name that is not UTF-8 text, which GDAL cannot be given; use a name in UTF-8 (convmv -f latin1 -t utf8 --notest FILE renames a file)</source>
        <translation>{what} {shown} tem um nome que não é texto UTF-8, que o GDAL não pode receber; use um nome em UTF-8 (convmv -f latin1 -t utf8 --notest ARQUIVO renomeia um arquivo)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="73"/>
        <source>{path} is damaged or truncated: {cut}; re-download or re-export the raster</source>
        <translation>{path} está danificado ou truncado: {cut}; baixe ou exporte o raster de novo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="234"/>
        <source>the JPEG ends before its end-of-image marker</source>
        <translation>o JPEG termina antes do seu marcador de fim de imagem</translation>
    </message>
    <message>
        <location filename="../core/pipeline/bands.py" line="65"/>
        <source>band mapping {text!r} names no band: give one like {listed}, or leave it out to let the raster&apos;s layout decide</source>
        <translation>o mapeamento de bandas {text!r} não nomeia nenhuma banda: dê um como {listed}, ou omita-o para que o layout do raster decida</translation>
    </message>
    <message>
        <location filename="../runner.py" line="80"/>
        <source>raster layer {name!r} is in {shown} in QGIS, but its file says {own}: the tiles would be written in {own}; write the CRS QGIS uses into the file (gdal_edit.py -a_srs {shown} {path}) or set the layer&apos;s CRS back to {own}</source>
        <translation>a camada raster {name!r} está em {shown} no QGIS, mas o seu arquivo diz {own}: as quadrículas seriam escritas em {own}; escreva no arquivo o SRC que o QGIS usa (gdal_edit.py -a_srs {shown} {path}) ou volte o SRC da camada para {own}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="133"/>
        <source>{path} lacks the field {field} of a change layer (deleted or renamed in QGIS?): run `change` again</source>
        <translation>falta a {path} o campo {field} de uma camada de mudanças (excluído ou renomeado no QGIS?): execute `change` de novo</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="132"/>
        <source>&apos;{name}&apos; is taught on {layer} already, from {positives} positive and {negatives} negative tiles marked there (the teach panel, or an earlier run), which this run would replace: give another NAME, or go on teaching it in the teach panel</source>
        <translation>'{name}' já foi ensinado em {layer}, a partir de {positives} quadrículas positivas e {negatives} negativas marcadas ali (o painel Ensinar um conceito, ou uma execução anterior), que esta execução substituiria: informe outro NAME, ou continue a ensiná-lo no painel</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="672"/>
        <source>{path} was replaced since it was opened (a new run of Change?): its alerts are read again; answer them again</source>
        <translation>{path} foi substituído desde que foi aberto (uma nova execução de Mudança?): seus avisos são lidos de novo; responda-os de novo</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="546"/>
        <source>{side} ({name}) has no tile with a polygon: its {n} features are points, lines or without geometry (a layer saved from the tiles, such as QGIS&apos;s centroids?); give the tile layer classify wrote</source>
        <translation>{side} ({name}) não tem nenhuma quadrícula com polígono: suas {n} feições são pontos, linhas ou sem geometria (uma camada salva a partir das quadrículas, como os centroides do QGIS?); dê a camada de quadrículas que o classify gravou</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="520"/>
        <source>{side} ({name}) lacks the field score_{group} that {other_side} has (deleted or renamed in QGIS?): the two dates&apos; {group} scores would not compare; undo the edit or classify again</source>
        <translation>{side} ({name}) não tem o campo score_{group} que {other_side} tem (apagado ou renomeado no QGIS?): as pontuações {group} das duas datas não seriam comparáveis; desfaça a edição ou classifique de novo</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="185"/>
        <source>CONCEPTS takes concept files (.concept.json), not the layer {name!r}: give the path of a file saved by the teach panel's Save concept file… or teach --save-concept</source>
        <translation>CONCEPTS recebe arquivos de conceito (.concept.json), não a camada {name!r}: informe o caminho de um arquivo salvo por Salvar arquivo de conceito… do painel Ensinar um conceito ou por teach --save-concept</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="759"/>
        <source>{name} has no CRS in its file: the {crs} set on the layer in QGIS is not the run&apos;s, which reads the file&apos;s.</source>
        <translation>{name} não tem SRC no arquivo: o {crs} definido na camada no QGIS não é o da execução, que lê o do arquivo.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="762"/>
        <source>Its tiles will be written in its map coordinates, without a CRS; Current map extent and Polygon layer cannot limit the area. Write that CRS into the file (gdal_edit.py -a_srs {crs} {path}) and the tiles take it.</source>
        <translation>Suas quadrículas serão gravadas em suas coordenadas de mapa, sem SRC; Extensão atual do mapa e Camada de polígonos não podem limitar a área. Grave esse SRC no arquivo (gdal_edit.py -a_srs {crs} {path}) e as quadrículas o terão.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="762"/>
        <source>Its tiles will be written in its map coordinates, without a CRS; Current map extent and Polygon layer cannot limit the area. If you know its CRS, write it into the file (gdal_edit.py -a_srs EPSG:xxxx FILE): the run reads the file&apos;s, not one set on the layer in QGIS.</source>
        <translation>Suas quadrículas serão gravadas em suas coordenadas de mapa, sem SRC; Extensão atual do mapa e Camada de polígonos não podem limitar a área. Se você conhece o SRC, grave-o no arquivo (gdal_edit.py -a_srs EPSG:xxxx ARQUIVO): a execução lê o do arquivo, não um definido na camada no QGIS.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="775"/>
        <source>It is georeferenced by ground control points only: its tiles will be written in pixel coordinates and will not line up with other layers; Current map extent and Polygon layer cannot limit the area. Warp it first (gdalwarp {path} warped.tif) and classify the warped file.</source>
        <translation>É georreferenciado apenas por pontos de controle: suas quadrículas serão gravadas em coordenadas de pixel e não se alinharão com outras camadas; Extensão atual do mapa e Camada de polígonos não podem limitar a área. Reprojete-o antes (gdalwarp {path} warped.tif) e classifique o arquivo reprojetado.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="780"/>
        <source>Its tiles will be written in pixel coordinates and will not line up with other layers; Current map extent and Polygon layer cannot limit the area. It has no georeference either, so a CRS alone would not place it: georeference it first (Raster &gt; Georeferencer).</source>
        <translation>Suas quadrículas serão gravadas em coordenadas de pixel e não se alinharão com outras camadas; Extensão atual do mapa e Camada de polígonos não podem limitar a área. Ele também não tem georreferência, então um SRC sozinho não o posicionaria: georreferencie-o antes (Raster &gt; Georreferenciador).</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="65"/>
        <source>{name} is in {crs} in QGIS, but its file has no CRS, and the run reads the file&apos;s: its tiles carry no CRS; give the file that CRS (gdal_edit.py -a_srs {crs} {path}) where it has a geotransform, or georeference it first (Raster &gt; Georeferencer)</source>
        <translation>{name} está em {crs} no QGIS, mas seu arquivo não tem SRC, e a execução lê o do arquivo: suas quadrículas não têm SRC; dê esse SRC ao arquivo (gdal_edit.py -a_srs {crs} {path}) se ele tiver uma geotransformação, ou georreferencie-o antes (Raster &gt; Georreferenciador)</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="96"/>
        <source>the folder</source>
        <translation>a pasta</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="75"/>
        <source>Y confirm · N reject (type why, Enter) · 1-4 cause · ↑/↓ next alert · Ctrl+Z undo</source>
        <translation>Y confirmar · N rejeitar (escreva o motivo, Enter) · 1-4 causa · ↑/↓ próximo aviso · Ctrl+Z desfazer</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="326"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Desfazer (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="327"/>
        <source>Take back the last answer given here: the alert as it was before it (open, or its earlier answer); the layer&apos;s history keeps both</source>
        <translation>Desfaz a última resposta dada aqui: o aviso volta a ser como era antes dela (aberto, ou com a resposta anterior); o histórico da camada guarda as duas</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="642"/>
        <source>undone: alert {n} is {state} again.</source>
        <translation>desfeito: o aviso {n} voltou ao que era ({state}).</translation>
    </message>
    <message>
        <location filename="../core/layer/gpkg.py" line="173"/>
        <source>{path} holds the answers given to {alerts} (review, review_history): writing over it would lose them; give another output, or delete it first to start over</source>
        <translation>{path} guarda as respostas dadas a {alerts} (review, review_history): gravar por cima as perderia; escolha outra saída, ou apague-o antes para recomeçar</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="355"/>
        <source>Next: judge each alert on its before/after pair. Open {layer} in QGIS, Review alerts… (toolbar): Y confirms with a cause, N rejects with a reason, Ctrl+Z undoes; each answer is stored in the layer with when and by whom. Export confirmed… then hands the confirmed alerts off. The review table below counts the answers as they stood when this report was written.</source>
        <translation>Próximo passo: julgue cada alerta no seu par antes/depois. Abra {layer} no QGIS, Revisar avisos… (barra de ferramentas): Y confirma com uma causa, N rejeita com um motivo, Ctrl+Z desfaz; cada resposta fica na camada, com quando e por quem. Exportar confirmados… entrega então os alertas confirmados. A tabela de revisão abaixo conta as respostas como estavam quando este relatório foi escrito.</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="141"/>
        <source>the SRS in {name}.aux.xml</source>
        <translation>o SRS em {name}.aux.xml</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="144"/>
        <source>{path} has a CRS ({crs}) but no georeference (no geotransform, ground control points or RPCs): nothing places its pixels in that CRS, so its tiles would not lie under the image; georeference it (QGIS: Raster &gt; Georeferencer), or remove that CRS ({remove}) to classify it in pixel coordinates</source>
        <translation>{path} tem um SRC ({crs}) mas nenhum georreferenciamento (sem geotransformação, pontos de controle ou RPCs): nada situa seus pixels nesse SRC, então suas quadrículas não ficariam sob a imagem; georreferencie-o (QGIS: Raster &gt; Georreferenciador) ou remova esse SRC ({remove}) para classificá-lo em coordenadas de pixel</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="449"/>
        <source>{name} has no CRS: tiles are written in its map coordinates without a CRS; to line them up with other layers write its CRS into the file (gdal_edit.py -a_srs EPSG:xxxx {name}) and classify again, or set the tile layer&apos;s CRS in QGIS</source>
        <translation>{name} não tem SRC: as quadrículas são gravadas em suas coordenadas de mapa sem SRC; para alinhá-las com outras camadas, grave o SRC no arquivo (gdal_edit.py -a_srs EPSG:xxxx {name}) e classifique de novo, ou defina o SRC da camada de quadrículas no QGIS</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="508"/>
        <source>earlier: {answer}</source>
        <translation>resposta anterior: {answer}</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="265"/>
        <source>history:</source>
        <translation>histórico:</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="292"/>
        <source>Confirmed alerts</source>
        <translation>Alertas confirmados</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="292"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="294"/>
        <source>review</source>
        <translation>revisão</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="296"/>
        <source>From {name}. Coordinates: tile centre, WGS 84 (lat, lon). Thumbnails: the tile outlined in the BEFORE and AFTER scene.</source>
        <translation>De {name}. Coordenadas: centro da quadrícula, WGS 84 (lat., long.). Miniaturas: o contorno da quadrícula nas cenas de ANTES e DEPOIS.</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="588"/>
        <source>{done}; every alert answered ({confirmed} confirmed, {rejected} rejected): Export confirmed… hands the confirmed ones off; Ctrl+Z takes the last answer back.</source>
        <translation>{done}; todos os avisos respondidos (confirmados: {confirmed}, rejeitados: {rejected}): Exportar confirmados… entrega os confirmados; Ctrl+Z desfaz a última resposta.</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="309"/>
        <source>your name, stored with each answer</source>
        <translation>seu nome, gravado com cada resposta</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="310"/>
        <source>Who answers: stored with each answer (reviewed_by, review_history) and kept for the next session; the login until a name is given</source>
        <translation>Quem responde: gravado com cada resposta (reviewed_by, review_history) e mantido para a próxima sessão; o login do sistema até que um nome seja dado</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="316"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="397"/>
        <source>temporary: Processing&apos;s temporary output, deleted when QGIS closes with every answer given to it; copy {path} elsewhere and open the copy, or give Change a file for its output</source>
        <translation>temporário: saída temporária do Processamento, apagada quando o QGIS fecha, com todas as respostas dadas a ela; copie {path} para outro lugar e abra a cópia, ou dê ao algoritmo de mudanças um arquivo como saída</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="424"/>
        <source>No alerts in {name}: nothing new between the two dates under the alert rule.</source>
        <translation>Nenhum aviso em {name}: nada de novo entre as duas datas pela regra de alerta.</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="401"/>
        <source>temporary: deleted when QGIS closes</source>
        <translation>temporário: apagado quando o QGIS fecha</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="427"/>
        <source>warning: temporary: copy {name} elsewhere and open the copy, or give Change a file (its path: the header&apos;s tooltip)</source>
        <translation>atenção: temporário: copie {name} para outro lugar e abra a cópia, ou dê um arquivo como saída ao algoritmo de mudanças (o caminho: na dica do cabeçalho)</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="199"/>
        <source>{path} is a temporary output, deleted when QGIS closes with every answer given to its alerts in the Alerts dock: run Change again with a file for its output before reviewing, or copy this one elsewhere</source>
        <translation>{path} é uma saída temporária, apagada quando o QGIS fecha, com todas as respostas dadas aos seus avisos no painel Avisos de mudança: execute o algoritmo de mudanças de novo com um arquivo como saída antes de revisar, ou copie este para outro lugar</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="69"/>
        <source>Answered: confirmed</source>
        <translation>Respondido: confirmado</translation>
    </message>
    <message>
        <location filename="../change_layer_style.py" line="69"/>
        <source>Answered: rejected</source>
        <translation>Respondido: rejeitado</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="141"/>
        <source>the SRS element in {name}</source>
        <translation>o elemento SRS em {name}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="136"/>
        <source>{path}: its field {field} holds {kind} values, not text as a change layer&apos;s does (its type changed in QGIS, Refactor fields?), so answers written into it would be lost: set it back to text (String), or run `change` again</source>
        <translation>{path}: seu campo {field} guarda valores {kind}, não texto como o de uma camada de mudanças (o tipo foi mudado no QGIS, Refatorar campos?), então as respostas gravadas nele se perderiam: volte-o a texto (String), ou execute `change` de novo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="118"/>
        <source>{path} holds pixels of GDAL type {types}, which the classifier does not read (it reads {supported}); write a copy of a type it reads, e.g. gdal_translate -ot Float32 {name} {stem}_Float32.tif</source>
        <translation>{path} tem pixels do tipo GDAL {types}, que o classificador não lê (ele lê {supported}); grave uma cópia de um tipo que ele lê, p. ex. gdal_translate -ot Float32 {name} {stem}_Float32.tif</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="229"/>
        <source>this write changes no geometry</source>
        <translation>esta gravação não muda nenhuma geometria</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="442"/>
        <source>{name} holds a trigger {trigger!r} that would change {table!r} when an answer is written; no SQL stored in a file is run, so it was left as it was: drop that trigger (DROP TRIGGER &quot;{trigger}&quot;) if you trust it, or run `change` again</source>
        <translation>{name} contém um gatilho {trigger!r} que mudaria {table!r} quando uma resposta for gravada; nenhum SQL guardado em um arquivo é executado, então ele foi deixado como estava: remova esse gatilho (DROP TRIGGER &quot;{trigger}&quot;) se confiar nele, ou execute `change` de novo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="135"/>
        <source>{path} is georeferenced by RPCs only (a scene not orthorectified, such as a Planet Basic product), which a run does not apply: its tiles would lie at its pixel positions taken for {crs} coordinates; orthorectify it first (gdalwarp -rpc -t_srs EPSG:xxxx {name} {stem}_ortho.tif) and classify that</source>
        <translation>{path} é georreferenciado apenas por RPCs (uma cena não ortorretificada, como um produto Planet Basic), que uma execução não aplica: suas quadrículas ficariam nas posições de pixel tomadas como coordenadas de {crs}; ortorretifique-o antes (gdalwarp -rpc -t_srs EPSG:xxxx {name} {stem}_ortho.tif) e classifique o resultado</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="437"/>
        <source>{name} is georeferenced by RPCs only: tiles are written in pixel coordinates; orthorectify it first (gdalwarp -rpc -t_srs EPSG:xxxx {name} ortho.tif) to line them up with other layers</source>
        <translation>{name} é georreferenciado apenas por RPCs: as quadrículas são gravadas em coordenadas de pixel; ortorretifique-o antes (gdalwarp -rpc -t_srs EPSG:xxxx {name} ortho.tif) para alinhá-las com outras camadas</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="309"/>
        <source>alert {fid} of {name} is no tile polygon (its geometry edited in QGIS into a point, a line or a shape without area?): undo the edit or run `change` again</source>
        <translation>o alerta {fid} de {name} não é um polígono de quadrícula (a geometria foi editada no QGIS em um ponto, uma linha ou uma forma sem área?): desfaça a edição ou execute `change` de novo</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="326"/>
        <source>{name}: {alerts}, each to judge on its before/after pair</source>
        <translation>{name}: {alerts}, cada um a julgar no seu par antes/depois</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="191"/>
        <source>{layers} is drawn over {name}: the map around the tile shows it, not the scene the chips are cut from. Move {name} above it in the Layers panel to see what you judge.</source>
        <translation>{layers} está desenhada sobre {name}: o mapa em volta da quadrícula mostra essa camada, não a cena de onde os recortes são tirados. Mova {name} para cima dela no painel Camadas para ver o que você julga.</translation>
    </message>
    <message>
        <location filename="../core/monitor/pair.py" line="153"/>
        <source>BEFORE ({name}) is not north-up (its geotransform is rotated or flipped), and change puts AFTER on BEFORE&apos;s pixel grid: warp it north-up first (gdalwarp {name} {stem}_north.tif) and compare that, or classify each raster and compare the two tile layers</source>
        <translation>BEFORE ({name}) não está com o norte para cima (sua geotransformação é girada ou invertida), e change põe AFTER na grade de pixels de BEFORE: reprojete-o com o norte para cima antes (gdalwarp {name} {stem}_north.tif) e compare o resultado, ou classifique cada raster e compare as duas camadas de quadrículas</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="495"/>
        <source>could not store the review in {path}: its folder {folder} does not take new files ({reason}), which SQLite needs beside the file; copy the change layer to a folder you can write and answer there</source>
        <translation>não foi possível gravar a revisão em {path}: sua pasta {folder} não aceita arquivos novos ({reason}), que o SQLite precisa ao lado do arquivo; copie a camada de mudanças para uma pasta em que você possa gravar e responda lá</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="100"/>
        <source>area of interest {path} holds {n} layers of polygons ({names}): say which is the area by saving it as a file of its own (ogr2ogr area.gpkg {path} {name}) and giving that</source>
        <translation>a área de interesse {path} contém {n} camadas de polígonos ({names}): diga qual é a área salvando-a como um arquivo próprio (ogr2ogr area.gpkg {path} {name}) e dando esse arquivo</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="119"/>
        <source>{side} is a symbolic link (to {target})</source>
        <translation>{side} é um link simbólico (para {target})</translation>
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
        <translation>{path}: a rede dá {what} que não são números (NaN ou infinitos): o pacote está danificado, ou a rede divergiu no treino; exporte-o de novo</translation>
    </message>
    <message>
        <location filename="../task.py" line="26"/>
        <source>Planet classifier: {scene}</source>
        <translation>Planet classifier: classificação de {scene}</translation>
    </message>
    <message>
        <location filename="../task.py" line="76"/>
        <source>Planet classifier: installing {names}</source>
        <translation>Planet classifier: instalando {names}</translation>
    </message>
    <message>
        <location filename="../task.py" line="87"/>
        <source>installing {names} failed: {error}</source>
        <translation>a instalação de {names} falhou: {error}</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="121"/>
        <source>{path} has no layer &apos;{name}&apos; (it holds &apos;{held}&apos;: saved under another name?); name it back: ogrinfo {path} -sql &quot;ALTER TABLE {held} RENAME TO {name}&quot;</source>
        <translation>{path} não tem a camada '{name}' (contém '{held}': salva com outro nome?); volte a nomeá-la: ogrinfo {path} -sql &quot;ALTER TABLE {held} RENAME TO {name}&quot;</translation>
    </message>
    <message>
        <location filename="../teach_dock/review.py" line="177"/>
        <source>updating…</source>
        <translation>atualizando…</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="296"/>
        <source>Before: {before}; after: {after}.</source>
        <translation>Antes: {before}; depois: {after}.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="332"/>
        <source>unknown answer</source>
        <translation>resposta desconhecida</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="350"/>
        <source>export folder {folder} is not empty ({items}): choose an empty folder or a new one (the export is written whole, never among files already there)</source>
        <translation>a pasta de exportação {folder} não está vazia ({items}): escolha uma pasta vazia ou nova (a exportação é gravada inteira, nunca entre arquivos que já estão lá)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="350"/>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="350"/>
        <source>items</source>
        <translation>itens</translation>
    </message>
    <message>
        <location filename="../processing/change.py" line="117"/>
        <source>Export alerts to a folder (new or empty)</source>
        <translation>Exportar avisos para uma pasta (nova ou vazia)</translation>
    </message>
    <message>
        <location filename="../core/layer/gpkg.py" line="183"/>
        <source>concept</source>
        <translation>conceito</translation>
    </message>
    <message>
        <location filename="../core/layer/gpkg.py" line="183"/>
        <source>concepts</source>
        <translation>conceitos</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="349"/>
        <source>{compared}, {left_out} (not covered by the before scene); {alerts}: {by_confidence}.</source>
        <translation>{compared}, {left_out} (sem cobertura da cena de antes); {alerts}: {by_confidence}.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="350"/>
        <source>tile compared</source>
        <translation>quadrícula comparada</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="350"/>
        <source>tiles compared</source>
        <translation>quadrículas comparadas</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="350"/>
        <source>tile left out</source>
        <translation>quadrícula deixada de fora</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="350"/>
        <source>tiles left out</source>
        <translation>quadrículas deixadas de fora</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="769"/>
        <source>It is georeferenced by RPCs only (a scene not orthorectified, such as a Planet Basic product): QGIS draws it in place by warping it on the fly, the run does not. Its tiles will be written in pixel coordinates and will not line up with other layers; Current map extent and Polygon layer cannot limit the area. Orthorectify it first (gdalwarp -rpc -t_srs EPSG:xxxx {path} ortho.tif) and classify the orthorectified file.</source>
        <translation>É georreferenciado apenas por RPCs (uma cena não ortorretificada, como um produto Planet Basic): o QGIS a desenha no lugar reprojetando-a na hora, a execução não. Suas quadrículas serão gravadas em coordenadas de pixel e não se alinharão com outras camadas; Extensão atual do mapa e Camada de polígonos não podem limitar a área. Ortorretifique-a antes (gdalwarp -rpc -t_srs EPSG:xxxx {path} ortho.tif) e classifique o arquivo ortorretificado.</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="380"/>
        <source>model bundle {folder}: {name} is {what}, not a file; put the bundle&apos;s file back, or re-export the bundle</source>
        <translation>o pacote do modelo {folder}: {name} é {what}, não um arquivo; ponha de volta o arquivo do pacote, ou exporte o pacote de novo</translation>
    </message>
    <message>
        <location filename="../core/model/bundle.py" line="380"/>
        <source>a folder</source>
        <translation>uma pasta</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="118"/>
        <source>p &gt;= {t}</source>
        <translation>p &gt;= {t}</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="118"/>
        <source>threshold unknown</source>
        <translation>limiar desconhecido</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="120"/>
        <source>expected precision {precision} from {answers} labelled tiles where taught</source>
        <translation>precisão esperada {precision} a partir de {answers} quadrículas rotuladas onde foi ensinado</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="120"/>
        <source>expected precision unknown</source>
        <translation>precisão esperada desconhecida</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="123"/>
        <source>taught on this layer</source>
        <translation>ensinado nesta camada</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="123"/>
        <source>applied from a concept taught on {scenes}</source>
        <translation>aplicado de um conceito ensinado em {scenes}</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="124"/>
        <source>the bundle&apos;s own concept</source>
        <translation>conceito do próprio pacote</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="124"/>
        <source>source unknown</source>
        <translation>origem desconhecida</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="124"/>
        <source>unknown scenes</source>
        <translation>cenas desconhecidas</translation>
    </message>
    <message>
        <location filename="../core/layer/schema.py" line="126"/>
        <source>; held unconfirmed here, nothing flagged</source>
        <translation>; retido como não confirmado aqui, nada sinalizado</translation>
    </message>
    <message>
        <location filename="../core/teach/concept_file.py" line="141"/>
        <source>concept file</source>
        <translation>arquivo de conceito</translation>
    </message>
    <message>
        <location filename="../teach_dock/refit.py" line="66"/>
        <source>Planet classifier: refitting {name}</source>
        <translation>Planet classifier: reajustando {name}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="326"/>
        <source>alert id {fid!r} is not a whole number; give the fid of an alert (read_alerts&apos; rows)</source>
        <translation>o id de alerta {fid!r} não é um número inteiro; dê o fid de um alerta (as linhas de read_alerts)</translation>
    </message>
    <message>
        <location filename="../core/layer/gpkg.py" line="186"/>
        <source>{path} is a tile layer carrying {concepts} ({fields}): writing over it would lose them; give another output, or delete the file first to start over</source>
        <translation>{path} é uma camada de quadrículas que traz {concepts} ({fields}): gravar por cima os perderia; escolha outra saída, ou apague o arquivo antes para recomeçar</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="291"/>
        <source>new flag held back</source>
        <translation>sinalização nova retida</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="291"/>
        <source>new flags held back</source>
        <translation>sinalizações novas retidas</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="136"/>
        <source>could not put {path} in place ({reason}); what was there is left as it was</source>
        <translation>não foi possível pôr {path} no lugar ({reason}); o que estava lá ficou como estava</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="480"/>
        <source>tile {fid} raised none</source>
        <translation>a quadrícula {fid} não levantou nenhum</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="480"/>
        <source>no tile has that fid</source>
        <translation>nenhuma quadrícula tem esse fid</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="481"/>
        <source>{path} has no alert with id {fid} ({why}); its alerts are fids {fids} (read_alerts(path).rows, numbered from 1 as the report and the Alerts dock number them)</source>
        <translation>{path} não tem alerta com id {fid} ({why}); seus alertas são os fids {fids} (read_alerts(path).rows, numerados a partir de 1 como o relatório e o painel Alertas os numeram)</translation>
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
        <translation>Guardar os embeddings das quadrículas (para ensinar conceitos)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="60"/>
        <source>&apos;More positive tiles&apos; selects positives by expression, for qgis_process and models, where nothing is selected.</source>
        <translation>'Mais quadrículas positivas' seleciona positivas por expressão, para qgis_process e modelos, onde nada está selecionado.</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="71"/>
        <source>More positive tiles (expression, where none is selected)</source>
        <translation>Mais quadrículas positivas (expressão, onde nada está selecionado)</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="75"/>
        <source>Model bundle of the classification (empty = the bundled model)</source>
        <translation>Pacote do modelo da classificação (vazio = o modelo incluído)</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="106"/>
        <source>{path} is read-only (its permissions, or made immutable), so nothing can be written into it; make it writable, or work on a copy</source>
        <translation>{path} é somente leitura (suas permissões, ou tornado imutável), então nada pode ser gravado nele; torne-o gravável, ou trabalhe numa cópia</translation>
    </message>
    <message>
        <location filename="../core/layer/gpkg.py" line="189"/>
        <source>{path} carries {concepts} ({fields}) that this run would not write again: writing over it would lose them; give another output, apply the saved concept in this run (--concept FILE; in Processing, Apply concept files), or delete the file first to start over</source>
        <translation>{path} traz {concepts} ({fields}) que esta execução não gravaria de novo: gravar por cima os perderia; escolha outra saída, aplique o conceito salvo nesta execução (--concept ARQUIVO; no Processing, Aplicar arquivos de conceito), ou apague o arquivo antes para recomeçar</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="401"/>
        <source>unknown answers</source>
        <translation>respostas desconhecidas</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="71"/>
        <source>{open} and {unknown}</source>
        <translation>{open} e {unknown}</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="401"/>
        <source>{unknown} (typed by hand in the review field, no answer: answer with Y or N)</source>
        <translation>{unknown} (escrita à mão no campo review, nenhuma resposta: responda com Y ou N)</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="503"/>
        <source>unknown answer: {review} (typed by hand: answer it with Y or N)</source>
        <translation>resposta desconhecida: {review} (escrita à mão: responda com Y ou N)</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="175"/>
        <source>the {what} {path} is inside the export folder {folder}, which is written whole (a new or empty folder): put the {what} elsewhere, or export to a folder of its own</source>
        <translation>{what} {path} está dentro da pasta de exportação {folder}, que é escrita inteira (uma pasta nova ou vazia): ponha {what} em outro lugar, ou exporte para uma pasta só dela</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="723"/>
        <source>Cancel export</source>
        <translation>Cancelar exportação</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="734"/>
        <source>cancelling the export…</source>
        <translation>cancelando a exportação…</translation>
    </message>
    <message>
        <location filename="../alerts_export.py" line="21"/>
        <source>export cancelled: nothing written</source>
        <translation>exportação cancelada: nada foi gravado</translation>
    </message>
    <message>
        <location filename="../alerts_export.py" line="61"/>
        <source>Planet classifier: exporting {alerts}</source>
        <translation>Planet classifier: exportando {alerts}</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="442"/>
        <source>Concept flags on AFTER: {concepts}.</source>
        <translation>Sinalizações de conceitos em DEPOIS: {concepts}.</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="637"/>
        <source>undone: alert {n} holds {review} again, as typed by hand (an unknown answer: answer it with Y or N).</source>
        <translation>desfeito: o aviso {n} voltou a ter {review}, como foi escrito à mão (uma resposta desconhecida: responda com Y ou N).</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="475"/>
        <source>the project was closed; the export under way goes on: Cancel export stops it</source>
        <translation>o projeto foi fechado; a exportação em andamento continua: Cancelar exportação a interrompe</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="709"/>
        <source>No confirmed alert to export yet: confirm one with Y first ({rejected} rejected, {left}).</source>
        <translation>Ainda não há aviso confirmado para exportar: confirme um com Y primeiro (rejeitados: {rejected}; {left}).</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="364"/>
        <source>{held_back}, on {tiles}: each is shown on its before/after pair below the alerts, with why (the change layer&apos;s held_back field).</source>
        <translation>{held_back}, em {tiles}: cada uma aparece no seu par antes/depois abaixo dos alertas, com o motivo (o campo held_back da camada de mudanças).</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="412"/>
        <source>new flags held back, and why</source>
        <translation>sinalizações novas retidas, e por quê</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="421"/>
        <source>Showing the {shown} first of {n} tiles held back; the change GeoPackage has all.</source>
        <translation>Mostrando as {shown} primeiras de {n} quadrículas retidas; o GeoPackage de mudanças tem todas.</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="424"/>
        <source>New flags held back</source>
        <translation>Sinalizações novas retidas</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="265"/>
        <source>{what} {path} is a file or folder named &apos;-&apos;, not standard output (the command writes files only); give a name</source>
        <translation>{what} {path} é um arquivo ou pasta chamado '-', não a saída padrão (o comando só grava arquivos); dê um nome</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="167"/>
        <source>{what} {value} is not text ({kind}); give it as text</source>
        <translation>{what} {value} não é texto ({kind}); dê-o como texto</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="303"/>
        <source>{name} is damaged or truncated: none of its blocks was ever written (a write or download stopped before its end?), so it holds zeros only; re-download or re-export the raster</source>
        <translation>{name} está danificado ou truncado: nenhum de seus blocos foi gravado (uma gravação ou download interrompido antes do fim?), então só contém zeros; baixe ou exporte o raster de novo</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="311"/>
        <source>{name}: {share:.3g} % of its pixels lie in blocks never written, which read as zeros (it declares no nodata value): their tiles are classified as black ground; if they hold no data (a warp onto a larger grid, a sparse file), classify a copy that says so: gdal_translate -of VRT -a_nodata 0 {name} {stem}_nodata.vrt; if a write stopped before its end, re-export it</source>
        <translation>{name}: {share:.3g} % de seus pixels ficam em blocos nunca gravados, que são lidos como zeros (ele não declara valor de nodata): suas quadrículas são classificadas como chão preto; se não contêm dados (uma reprojeção sobre uma grade maior, um arquivo esparso), classifique uma cópia que o diga: gdal_translate -of VRT -a_nodata 0 {name} {stem}_nodata.vrt; se uma gravação parou antes do fim, exporte-o de novo</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="422"/>
        <source>the time of an answer must be a datetime, not {kind} {value}</source>
        <translation>a hora de uma resposta deve ser um datetime, não {kind} {value}</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="427"/>
        <source>the time of an answer, {value}, cannot be put in UTC (out of range)</source>
        <translation>a hora de uma resposta, {value}, não pode ser posta em UTC (fora do intervalo)</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="430"/>
        <source>the time of an answer, {stamp}, is in the future; give when it was given (or none: now)</source>
        <translation>a hora de uma resposta, {stamp}, está no futuro; dê quando ela foi dada (ou nenhuma: agora)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="235"/>
        <source>the raster is on a local grid that no datum ties to the earth, so an area of interest in another CRS cannot be placed on it; give it as a file saved in the raster&apos;s own CRS</source>
        <translation>o raster está numa grade local que nenhum datum liga à Terra, então uma área de interesse em outro SRC não pode ser posta nele; dê-a como um arquivo salvo no próprio SRC do raster</translation>
    </message>
    <message>
        <location filename="../alerts_panel.py" line="287"/>
        <source>No alert on show: its before and after images appear here.</source>
        <translation>Nenhum alerta à mostra: as imagens de antes e depois dele aparecem aqui.</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="530"/>
        <source>{side} ({name}) lacks the field p_{tag} that {other_side} has, though one model classified both (deleted or renamed in QGIS?); undo the edit or classify again</source>
        <translation>{side} ({name}) não tem o campo p_{tag} que {other_side} tem, embora um só modelo tenha classificado os dois (apagado ou renomeado no QGIS?); desfaça a edição ou classifique de novo</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="276"/>
        <source>{held} ({partial} on a partial tile, {cloud} under cloud, {unclear} where BEFORE was not clear, {small} with too small a rise)</source>
        <translation>{held} ({partial} numa quadrícula parcial, {cloud} sob nuvem, {unclear} onde ANTES não estava limpo, {small} com aumento pequeno demais)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="434"/>
        <source>(95 % interval {low:.3f}–{high:.3f})</source>
        <translation>(intervalo de 95 % {low:.3f}–{high:.3f})</translation>
    </message>
    <message>
        <location filename="../core/pipeline/familiarity.py" line="144"/>
        <source>this scene looks unlike the training data: {share:.0f} % of its tiles are farther from every training chip than {percentile:.0f} % of the training chips are from each other; its tags and its {flags} are unreliable here (teach concepts on this scene, or retrain with similar imagery)</source>
        <translation>esta cena não se parece com os dados de treino: {share:.0f} % das suas quadrículas estão mais longe de todo recorte de treino do que {percentile:.0f} % dos recortes de treino estão uns dos outros; suas tags e seus {flags} não são confiáveis aqui (ensine conceitos nesta cena ou retreine com imagens semelhantes)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/familiarity.py" line="148"/>
        <source>this scene looks unlike the training data: {share:.0f} % of its tiles are farther from every training chip than {percentile:.0f} % of the training chips are from each other; its tags are unreliable here (teach concepts on this scene, or retrain with similar imagery)</source>
        <translation>esta cena não se parece com os dados de treino: {share:.0f} % das suas quadrículas estão mais longe de todo recorte de treino do que {percentile:.0f} % dos recortes de treino estão uns dos outros; suas tags não são confiáveis aqui (ensine conceitos nesta cena ou retreine com imagens semelhantes)</translation>
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
        <translation>{flags} em {tiles} onde ANTES não viu o chão (névoa: p_clear abaixo de {clear:g}; ou nuvem): uma mudança ali não vira alerta. Compare DEPOIS com uma data de ANTES mais limpa deste lugar; enquanto isso, julgue essas quadrículas no seu par antes/depois (Sinalizações novas retidas, no relatório)</translation>
    </message>
    <message>
        <location filename="../core/monitor/handoff.py" line="296"/>
        <source>{tiles} whose new flags the alert rule held back (no alerts: a partial tile, cloud, a BEFORE not seen clear, too small a rise) are in held_back.csv and held_back.geojson, status &apos;held back&apos;, each flag with why; the change report shows each on its before/after pair.</source>
        <translation>{tiles} cujas sinalizações novas a regra de alerta reteve (não são alertas: uma quadrícula parcial, nuvem, um ANTES não visto limpo, uma subida pequena demais) estão em held_back.csv e held_back.geojson, status 'held back', cada sinalização com o porquê; o relatório de mudança mostra cada uma no seu par antes/depois.</translation>
    </message>
    <message>
        <location filename="../core/layer/tiletable.py" line="255"/>
        <source>{name}: {name2} of fid {fid} is {shown}, not a number ({tiles} of {total} hold no number there); was it edited by hand? Undo the edit or classify again</source>
        <translation>{name}: {name2} do fid {fid} é {shown}, não um número ({tiles} de {total} não têm número nesse campo); foi editado à mão? Desfaça a edição ou classifique de novo</translation>
    </message>
    <message>
        <location filename="../core/monitor/alerts.py" line="340"/>
        <source>a reason of {n:,} characters is longer than the {most:,} an answer keeps; shorten it (a longer account belongs in a file the reason names)</source>
        <translation>um motivo de {n:,} caracteres é mais longo que os {most:,} que uma resposta guarda; encurte-o (um relato mais longo cabe num arquivo que o motivo nomeie)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="262"/>
        <source>where none of the sources of {name} reaches</source>
        <translation>onde nenhuma das fontes de {name} chega</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="263"/>
        <source>in blocks of {name} never written</source>
        <translation>em blocos de {name} nunca gravados</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="299"/>
        <source>none of the sources of {name} reaches its extent, so it holds zeros only: are its sources placed where it says (their DstRect, its GeoTransform)? Rebuild it, e.g. gdalbuildvrt {name} SCENES...</source>
        <translation>nenhuma das fontes de {name} chega à sua extensão, então ele só contém zeros: as fontes estão onde ele diz (seu DstRect, sua GeoTransform)? Refaça-o, p. ex. gdalbuildvrt {name} CENAS...</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="307"/>
        <source>{name}: {share:.3g} % of its pixels lie where none of its sources reaches, which read as zeros (it declares no NoDataValue): their tiles are classified as black ground; to skip them, classify a copy that says they hold no data: gdal_translate -of VRT -a_nodata 0 {name} {stem}_nodata.vrt (or gdalbuildvrt -vrtnodata 0)</source>
        <translation>{name}: {share:.3g} % de seus pixels ficam onde nenhuma de suas fontes chega, que são lidos como zeros (ele não declara NoDataValue): suas quadrículas são classificadas como chão preto; para pulá-las, classifique uma cópia que diga que não contêm dados: gdal_translate -of VRT -a_nodata 0 {name} {stem}_nodata.vrt (ou gdalbuildvrt -vrtnodata 0)</translation>
    </message>
    <message>
        <location filename="../style.py" line="283"/>
        <source>Marked: yes</source>
        <translation>Marcada: sim</translation>
    </message>
    <message>
        <location filename="../style.py" line="283"/>
        <source>Marked: no</source>
        <translation>Marcada: não</translation>
    </message>
    <message>
        <location filename="__init__.py" line="39"/>
        <source>Several signals</source>
        <translation>Vários sinais</translation>
    </message>
    <message>
        <location filename="../core/pipeline/sources.py" line="133"/>
        <source>{what} {path} is read by the input {raster} (a source or sidecar of it); choose another name (inputs are never written over)</source>
        <translation>{what} {path} é lido pela entrada {raster} (uma fonte ou arquivo auxiliar dela); escolha outro nome (as entradas nunca são sobrescritas)</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="318"/>
        <source>BEFORE → AFTER</source>
        <translation>ANTES → DEPOIS</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="362"/>
        <source>How alerts are decided</source>
        <translation>Como os alertas são decididos</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="425"/>
        <source>Flags AFTER raised on these tiles that made no alert, and why (the alert rule, at the end): a partial tile, cloud on a date, a tile BEFORE did not see clear, or too small a rise over BEFORE&apos;s score.</source>
        <translation>Sinalizações levantadas por DEPOIS nestas quadrículas que não viraram alerta, e por quê (a regra de alerta, no fim): uma quadrícula parcial, nuvem numa das datas, uma quadrícula que ANTES não viu limpa, ou uma subida pequena demais sobre o escore de ANTES.</translation>
    </message>
    <message>
        <location filename="../teach_dock/concepts.py" line="105"/>
        <source>saved {name} into {folder}: Classify raster now uses it</source>
        <translation>{name} salvo em {folder}: Classificar raster agora o usa</translation>
    </message>
    <message>
        <location filename="../teach_panel.py" line="169"/>
        <source>A concept only loaded here is written as a file once refitted here: mark or answer a tile on this layer first (the file it came from is the concept as it stands)</source>
        <translation>Um conceito apenas carregado aqui é gravado como arquivo depois de reajustado aqui: marque ou responda antes uma quadrícula nesta camada (o arquivo de onde ele veio é o conceito como está)</translation>
    </message>
    <message>
        <location filename="../core/monitor/batch_run.py" line="202"/>
        <source>output {path} cannot be written: {deep}</source>
        <translation>a saída {path} não pode ser gravada: {deep}</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="39"/>
        <source>its full name is {n} bytes long, more than the {most} under which SQLite opens a GeoPackage: use a folder nearer the root</source>
        <translation>seu nome completo tem {n} bytes, mais que os {most} com que o SQLite abre um GeoPackage: use uma pasta mais perto da raiz</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="49"/>
        <source>{path} cannot be opened: {deep}</source>
        <translation>{path} não pode ser aberto: {deep}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="83"/>
        <source>area of interest {path} cannot be opened: {deep}</source>
        <translation>a área de interesse {path} não pode ser aberta: {deep}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/sources.py" line="88"/>
        <source>cannot be opened: {deep}</source>
        <translation>não pode ser aberto: {deep}</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="198"/>
        <source>model bundle: {name}, {path}</source>
        <translation>pacote do modelo: {name}, {path}</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="198"/>
        <source>the bundled model (BUNDLE is empty)</source>
        <translation>o modelo incluído (BUNDLE está vazio)</translation>
    </message>
    <message>
        <location filename="../processing/classify.py" line="213"/>
        <source>device: {device}, backend: {backend}; bands: {bands}</source>
        <translation>dispositivo: {device}, motor: {backend}; bandas: {bands}</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="155"/>
        <source>taught &apos;{name}&apos; ({group}) from {positives} positive and {negatives} negative tile(s) by {method}; flag_{name} (p &gt;= {t:.2f}) is set on {flagged} of {tiles} tiles</source>
        <translation>'{name}' ({group}) ensinado com {positives} quadrícula(s) positiva(s) e {negatives} negativa(s) por {method}; flag_{name} (p &gt;= {t:.2f}) fica ligado em {flagged} de {tiles} quadrículas</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="161"/>
        <source>saved the bundle with &apos;{name}&apos; to {path}</source>
        <translation>pacote com '{name}' salvo em {path}</translation>
    </message>
    <message>
        <location filename="../processing/teach.py" line="163"/>
        <source>no SAVE_TO: &apos;{name}&apos; is written into {layer}&apos;s fields only (p_{name}, flag_{name}), SAVED_TO is empty; give SAVE_TO to save a bundle that later Classify raster runs apply</source>
        <translation>sem SAVE_TO: '{name}' é gravado só nos campos de {layer} (p_{name}, flag_{name}), SAVED_TO fica vazio; informe SAVE_TO para salvar um pacote que as próximas execuções de Classificar raster apliquem</translation>
    </message>
    <message>
        <location filename="../style.py" line="273"/>
        <source>{other}: P({tag})</source>
        <translation>{other}: P({tag})</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="169"/>
        <source>{what} {path} has the name SQLite gives the {kind} of the input {given}, which it would take for its own and remove; choose another name</source>
        <translation>{what} {path} tem o nome que o SQLite dá ao {kind} da entrada {given}, que ele tomaria como seu e removeria; escolha outro nome</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="169"/>
        <source>rollback journal</source>
        <translation>diário de reversão</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="169"/>
        <source>write-ahead log</source>
        <translation>registro de escrita antecipada</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="169"/>
        <source>write-ahead log&apos;s index</source>
        <translation>índice do registro de escrita antecipada</translation>
    </message>
    <message>
        <location filename="../core/pipeline/raster.py" line="51"/>
        <source>; the environment&apos;s GDAL_SKIP leaves out {skipped}</source>
        <translation>; o GDAL_SKIP do ambiente deixa de fora {skipped}</translation>
    </message>
    <message>
        <location filename="../core/pipeline/aoi.py" line="88"/>
        <source>area of interest {path} is in use by another program that is writing it (the database is locked); finish or close that (an edit session in QGIS?) and try again</source>
        <translation>a área de interesse {path} está em uso por outro programa que a está gravando (o banco de dados está bloqueado); termine ou feche esse programa (uma sessão de edição no QGIS?) e tente de novo</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="77"/>
        <source>measured on {chips}; the model card says how</source>
        <translation>medido em {chips}; o cartão do modelo diz como</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="78"/>
        <source>{folds}-fold cross-validation on {chips}: each chip scored by a model not trained on it</source>
        <translation>validação cruzada em {folds} partes com {chips}: cada recorte avaliado por um modelo que não treinou com ele</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="81"/>
        <source>one threshold for every tag, chosen on the other folds</source>
        <translation>um só limiar para todas as tags, escolhido nas outras partes</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="81"/>
        <source>a threshold for each tag, chosen on the other folds</source>
        <translation>um limiar para cada tag, escolhido nas outras partes</translation>
    </message>
    <message>
        <location filename="../core/teach/session.py" line="316"/>
        <source>{slivers} of the {positives} tiles marked or answered Yes are slivers at the raster&apos;s edge (less than half a tile, padded with nodata): a concept taught mostly on them learns the edge as much as &apos;{name}&apos;. Mark full tiles that show it too.</source>
        <translation>Bordas estreitas da imagem entre as quadrículas marcadas ou respondidas Sim: {slivers} de {positives} (menos de meia quadrícula, completadas com nodata). Um conceito ensinado sobretudo nelas aprende a borda tanto quanto '{name}'. Marque também quadrículas inteiras que o mostrem.</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="201"/>
        <source>{path}: the network&apos;s {output} output is {shape} for a batch of {chips} chips, not ({chips}, {width}): re-export the bundle</source>
        <translation>{path}: a saída {output} da rede é {shape} para um lote de {chips} chips, não ({chips}, {width}): exporte o pacote de novo</translation>
    </message>
    <message>
        <location filename="../core/model/predict.py" line="224"/>
        <source>{path}: the network failed on a batch of {chips} chips ({reason}): re-export the bundle, or lower --batch-size if memory ran out</source>
        <translation>{path}: a rede falhou num lote de {chips} chips ({reason}): exporte o pacote de novo, ou reduza --batch-size se faltou memória</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="123"/>
        <source>--judged {path} is not a file: give a change layer (GeoPackage) whose alerts were answered</source>
        <translation>--judged {path} não é um arquivo: informe uma camada de mudança (GeoPackage) cujos alertas foram respondidos</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="271"/>
        <source>{held} ({partial} on a partial tile, {cloud} under cloud, {unclear} where BEFORE was not clear, {small} with too small a rise, {rejected} rejected on an earlier change layer)</source>
        <translation>{held} ({partial} numa quadrícula parcial, {cloud} sob nuvem, {unclear} onde ANTES não estava limpo, {small} com aumento pequeno demais, {rejected} rejeitadas numa camada de mudança anterior)</translation>
    </message>
    <message>
        <location filename="../core/monitor/judged.py" line="58"/>
        <source>--judged {judged} and AFTER ({after}): one has a CRS, the other not, so no alert of it can be placed on AFTER&apos;s tiles</source>
        <translation>--judged {judged} e DEPOIS ({after}): uma tem SRC, a outra não, então nenhum alerta dela pode ser posto nas quadrículas de DEPOIS</translation>
    </message>
    <message>
        <location filename="../core/layer/sqlite_read.py" line="56"/>
        <source>{path} holds writes not yet merged into it ({wal}), which SQLite cannot read where its folder takes no new file (read-only); copy the two files into a writable folder, or open it once where it is writable</source>
        <translation>{path} tem escritas ainda não incorporadas a ele ({wal}), que o SQLite não consegue ler onde a pasta não aceita arquivos novos (somente leitura); copie os dois arquivos para uma pasta gravável, ou abra-o uma vez onde ele seja gravável</translation>
    </message>
    <message>
        <location filename="../core/monitor/change.py" line="198"/>
        <source>alert: a flag raised on AFTER and on no overlapping BEFORE tile, on a tile compared like for like where neither date saw cloud (BEFORE tagged cloudy, at the bundle&apos;s threshold; AFTER p_cloudy &gt;= {after_cloud}) and BEFORE saw the tile clear (p_clear &gt;= {before_clear}), whose score rose by &gt;= {min_rise} beside a neighbouring AFTER tile whose same flag makes an alert (alone, or in turn beside one that does), or by &gt;= {margin} when isolated (a rise counted above the scene-wide lift of the score: its median rise over the tiles scoring under {background} on both dates), an isolated one also standing {z} robust deviations of those tiles&apos; rises above their median on the logit scale. Evidence: rise (score rose &gt;= {margin}), neighbours (a neighbour&apos;s same flag makes an alert), embedding (cosine distance to the BEFORE tile above the {far} quantile of this comparison). {confidence}</source>
        <translation>alerta: uma sinalização levantada em DEPOIS e em nenhuma quadrícula sobreposta de ANTES, numa quadrícula comparada em igualdade de condições onde nenhuma das datas viu nuvem (ANTES com o rótulo cloudy, no limiar do pacote do modelo; DEPOIS com p_cloudy &gt;= {after_cloud}) e ANTES viu a quadrícula limpa (p_clear &gt;= {before_clear}), cuja pontuação subiu &gt;= {min_rise} ao lado de uma quadrícula vizinha de DEPOIS cuja mesma sinalização faz um alerta (sozinha, ou por sua vez ao lado de uma que faz), ou &gt;= {margin} quando isolada (um aumento contado acima da elevação da pontuação em toda a cena: seu aumento mediano nas quadrículas com pontuação abaixo de {background} nas duas datas), e uma isolada também ficando {z} desvios robustos dos aumentos dessas quadrículas acima da mediana deles, na escala logit. Evidências: aumento (a pontuação subiu &gt;= {margin}), vizinhas (a mesma sinalização de uma vizinha faz um alerta), embedding (distância de cosseno até a quadrícula de ANTES acima do quantil {far} desta comparação). {confidence}</translation>
    </message>
    <message>
        <location filename="../core/monitor/report.py" line="320"/>
        <source>Score rise: how much the leading flag&apos;s score (a probability, 0 to 1) rose from BEFORE to AFTER, above the rise of the whole scene (haze, light, another product), which the rule takes away; under it, BEFORE&apos;s and AFTER&apos;s scores. Evidence: rise (a rise of the margin or more), neighbours (a neighbouring tile&apos;s same flag makes an alert), embedding (the tile changed among the most in what the network sees).</source>
        <translation>Aumento da pontuação: quanto a pontuação da sinalização principal (uma probabilidade, de 0 a 1) subiu de ANTES para DEPOIS, acima da subida da cena inteira (névoa, luz, outro produto), que a regra desconta; embaixo, as pontuações de ANTES e de DEPOIS. Evidências: aumento (uma subida da margem ou mais), vizinhas (a mesma sinalização de uma quadrícula vizinha faz um alerta), embedding (a quadrícula mudou entre as que mais mudaram no que a rede vê).</translation>
    </message>
    <message>
        <location filename="../core/publish.py" line="226"/>
        <source>{what} {path} cannot be written: {folder} is on a read-only file system (a mounted archive or share); choose a folder elsewhere</source>
        <translation>{what} {path} não pode ser gravado: {folder} está num sistema de arquivos somente leitura (um arquivo ou compartilhamento montado); escolha uma pasta em outro lugar</translation>
    </message>
</context>
</TS>
