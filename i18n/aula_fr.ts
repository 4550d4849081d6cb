<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AggregateIndicators</name>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="94"/>
        <source>Aggregate indicators to a parent level</source>
        <translation>Agréger des indicateurs à un niveau parent</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="97"/>
        <source>aggregate,sum,rate,ratio,epci,scot,commune,indicator,agréger,taux,somme</source>
        <translation>agréger,somme,taux,ratio,epci,scot,commune,indicateur,aggregate,sum,rate</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="102"/>
        <source>&lt;p&gt;Aggregates numeric fields of a layer of communes (any layer or table) to a parent level: EPCI, SCoT, pôle, or the whole territory. It works on attributes only, so any CRS is accepted, and so are tables without geometry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Agrège les champs numériques d'une couche de communes (toute couche ou table) à un niveau parent : EPCI, SCoT, pôle ou territoire entier. Le traitement ne porte que sur les attributs : tout SCR est accepté, de même que les tables sans géométrie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="102"/>
        <source>&lt;p&gt;One rule per field, never a mean of rates:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Fields to sum&lt;/b&gt; (counts and stocks: population, dwellings, areas): the sum over the members of each parent. The output keeps the field name, as an integer when the input field is an integer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rates&lt;/b&gt; (ratio of sums): Σ numerator / Σ denominator × multiplier, for example unemployment rate = Σ unemployed / Σ active × 100, or density = Σ population / Σ area in ha × 100 (inhabitants per km²). A mean of the communes' rates would give a village the weight of a city.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Une règle par champ, jamais de moyenne de taux :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Champs à additionner&lt;/b&gt; (effectifs et stocks : population, logements, surfaces) : la somme sur les membres de chaque parent. La sortie garde le nom du champ, en entier quand le champ d'entrée est entier.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Taux&lt;/b&gt; (rapport de sommes) : Σ numérateur / Σ dénominateur × multiplicateur, par exemple taux de chômage = Σ chômeurs / Σ actifs × 100, ou densité = Σ population / Σ surface en ha × 100 (habitants par km²). Une moyenne des taux communaux donnerait à un village le poids d'une ville.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="102"/>
        <source>&lt;p&gt;&lt;b&gt;Rates table&lt;/b&gt;: one row per rate: output field, numerator field, denominator field, multiplier (empty = 1). From qgis_process, give every cell in one comma-separated list, row after row: &lt;code&gt;RATES=taux_chomage,chomeurs,actifs,100,densite,population,surface_ha,100&lt;/code&gt;, or repeat &lt;code&gt;RATES=&lt;/code&gt; once per row. From Python: &lt;code&gt;processing.run(&apos;aula:aggregateindicators&apos;, {&apos;RATES&apos;: [&apos;taux_chomage&apos;, &apos;chomeurs&apos;, &apos;actifs&apos;, 100], ...})&lt;/code&gt; (a flat list, row after row; a list of rows is also accepted).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Table des taux&lt;/b&gt; : une ligne par taux : champ de sortie, champ numérateur, champ dénominateur, multiplicateur (vide = 1). Avec qgis_process, donnez toutes les cellules dans une seule liste séparée par des virgules, ligne après ligne : &lt;code&gt;RATES=taux_chomage,chomeurs,actifs,100,densite,population,surface_ha,100&lt;/code&gt;, ou répétez &lt;code&gt;RATES=&lt;/code&gt; une fois par ligne. En Python : &lt;code&gt;processing.run('aula:aggregateindicators', {'RATES': ['taux_chomage', 'chomeurs', 'actifs', 100], ...})&lt;/code&gt; (une liste à plat, ligne après ligne ; une liste de lignes est aussi acceptée).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="102"/>
        <source>&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: one row per parent, sorted by key, with the parent key (named after the parent field, or &lt;i&gt;territoire&lt;/i&gt; = &lt;i&gt;ensemble&lt;/i&gt; without one), &lt;i&gt;nb_features&lt;/i&gt; (number of member features), the sums and the rates. With a parent layer and its key field (by default the field named like the parent field), each row gets its parent&apos;s geometry and the output gets that layer&apos;s CRS; keys are compared as text. A parent key missing from the parent layer gives a warning and a row without geometry (its figures are still right); parents without any member are not written (warning). Without a parent layer the output is a table.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sortie&lt;/b&gt; : une ligne par parent, triée par clé, avec la clé du parent (nommée comme le champ parent, ou &lt;i&gt;territoire&lt;/i&gt; = &lt;i&gt;ensemble&lt;/i&gt; sans champ parent), &lt;i&gt;nb_features&lt;/i&gt; (nombre d'entités membres), les sommes et les taux. Avec une couche des parents et son champ clé (par défaut le champ nommé comme le champ parent), chaque ligne reçoit la géométrie de son parent et la sortie le SCR de cette couche ; les clés sont comparées comme du texte. Une clé absente de la couche des parents donne un avertissement et une ligne sans géométrie (ses chiffres restent justes) ; les parents sans aucun membre ne sont pas écrits (avertissement). Sans couche des parents, la sortie est une table.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="102"/>
        <source>&lt;p&gt;&lt;b&gt;Missing values&lt;/b&gt;: features with an empty parent key are left out and counted in a warning. NULL values are left out of sums (warning per parent and field); a sum whose values are all NULL is NULL. A rate only uses the features where both numerator and denominator are filled in. When Σ denominator is zero the rate is left empty (NULL) with a warning naming the parent, the rate and the field.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Valeurs manquantes&lt;/b&gt; : les entités dont la clé parent est vide sont écartées et comptées dans un avertissement. Les valeurs NULL sont écartées des sommes (avertissement par parent et par champ) ; une somme dont toutes les valeurs sont NULL vaut NULL. Un taux n'utilise que les entités dont le numérateur et le dénominateur sont renseignés. Quand Σ dénominateur vaut zéro, le taux reste vide (NULL) avec un avertissement qui nomme le parent, le taux et le champ.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="153"/>
        <source>Input layer (communes)</source>
        <translation>Couche en entrée (communes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="156"/>
        <source>Layer or table holding one feature per commune (or any member unit).</source>
        <translation>Couche ou table comportant une entité par commune (ou par unité membre).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="161"/>
        <source>Parent key field (empty: whole territory)</source>
        <translation>Champ clé du parent (vide : territoire entier)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="168"/>
        <source>Field of the input layer giving each feature&apos;s parent (e.g. epci_siren, scot_id). Empty: the whole layer is one group, keyed territoire = ensemble.</source>
        <translation>Champ de la couche en entrée qui donne le parent de chaque entité (par ex. epci_siren, scot_id). Vide : toute la couche forme un seul groupe, de clé territoire = ensemble.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="176"/>
        <source>Fields to sum (counts, stocks)</source>
        <translation>Champs à additionner (effectifs, stocks)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="184"/>
        <source>Numeric fields summed per parent (population, dwellings, areas). Never put a rate here: give it in the rates table.</source>
        <translation>Champs numériques additionnés par parent (population, logements, surfaces). Ne mettez jamais un taux ici : donnez-le dans la table des taux.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="192"/>
        <source>Rates (ratio of sums)</source>
        <translation>Taux (rapport de sommes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="192"/>
        <source>Output field</source>
        <translation>Champ de sortie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="192"/>
        <source>Numerator field</source>
        <translation>Champ numérateur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="192"/>
        <source>Denominator field</source>
        <translation>Champ dénominateur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="192"/>
        <source>Multiplier</source>
        <translation>Multiplicateur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="205"/>
        <source>One row per rate: output field, numerator field, denominator field, multiplier (empty = 1). Computed as Σ numerator / Σ denominator × multiplier. qgis_process: RATES=taux_chomage,chomeurs,actifs,100 (more rows: continue the list, or repeat RATES=). Python: a flat list such as ['taux_chomage', 'chomeurs', 'actifs', 100].</source>
        <translation>Une ligne par taux : champ de sortie, champ numérateur, champ dénominateur, multiplicateur (vide = 1). Calculé comme Σ numérateur / Σ dénominateur × multiplicateur. qgis_process : RATES=taux_chomage,chomeurs,actifs,100 (autres lignes : continuez la liste, ou répétez RATES=). Python : une liste à plat comme ['taux_chomage', 'chomeurs', 'actifs', 100].</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="216"/>
        <source>Parent layer (optional, for geometries)</source>
        <translation>Couche des parents (facultative, pour les géométries)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="222"/>
        <source>Layer of the parents (e.g. EPCI polygons). When given, each output row gets its parent&apos;s geometry and the output its CRS; otherwise the output is a table.</source>
        <translation>Couche des parents (par ex. les polygones des EPCI). Si elle est donnée, chaque ligne de sortie reçoit la géométrie de son parent et la sortie son SCR ; sinon la sortie est une table.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="230"/>
        <source>Key field of the parent layer</source>
        <translation>Champ clé de la couche des parents</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="237"/>
        <source>Field of the parent layer matching the parent key field (compared as text). Empty: the field of the parent layer named like the parent key field.</source>
        <translation>Champ de la couche des parents correspondant au champ clé du parent (comparé comme du texte). Vide : le champ de la couche des parents nommé comme le champ clé du parent.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="245"/>
        <source>Aggregated indicators</source>
        <translation>Indicateurs agrégés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="248"/>
        <source>One row per parent: parent key, nb_features, the sums and the rates; with the parents&apos; geometries when a parent layer is given, else a table.</source>
        <translation>Une ligne par parent : clé du parent, nb_features, les sommes et les taux ; avec les géométries des parents quand une couche des parents est donnée, sinon une table.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="275"/>
        <source>{layer}: field {field} does not exist</source>
        <translation>{layer} : le champ {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="280"/>
        <source>{layer}: field {field} is not numeric (type {type}): it cannot be summed</source>
        <translation>{layer} : le champ {field} n'est pas numérique (type {type}) : il ne peut pas être additionné</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="303"/>
        <source>{layer}: parent field {field} does not exist</source>
        <translation>{layer} : le champ parent {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="329"/>
        <source>{layer}: the layer has no feature</source>
        <translation>{layer} : la couche ne contient aucune entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="355"/>
        <source>{layer}: a parent layer ({parent_layer}) needs a parent key field in the input layer</source>
        <translation>{layer} : une couche des parents ({parent_layer}) exige un champ clé du parent dans la couche en entrée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="365"/>
        <source>{layer}: parent key field {field} does not exist</source>
        <translation>{layer} : le champ clé du parent {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="404"/>
        <source>{layer}: {count} parent(s) written</source>
        <translation>{layer} : {count} parent(s) écrit(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="412"/>
        <source>Cancelled by the user: no output was written</source>
        <translation>Annulé par l'utilisateur : aucune sortie n'a été écrite</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="450"/>
        <source>{layer}: key {key} of field {field} appears more than once: the first feature&apos;s geometry is used</source>
        <translation>{layer} : la clé {key} du champ {field} apparaît plusieurs fois : la géométrie de la première entité est utilisée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="518"/>
        <source>{layer}: parent {key} is missing from {parent_layer} (field {field}): its row is written without geometry</source>
        <translation>{layer} : le parent {key} est absent de {parent_layer} (champ {field}) : sa ligne est écrite sans géométrie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="538"/>
        <source>{layer}: {count} parent(s) have no member in {input} and are not written: {keys}</source>
        <translation>{layer} : {count} parent(s) sans aucun membre dans {input} ne sont pas écrits : {keys}</translation>
    </message>
</context>
<context>
    <name>AulaAlgorithm</name>
    <message>
        <location filename="../processing/base.py" line="23"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="24"/>
        <source>Green and blue network</source>
        <translation>Trame verte et bleue</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="25"/>
        <source>Centralities</source>
        <translation>Centralités</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="26"/>
        <source>ZAN</source>
        <translation>ZAN</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="27"/>
        <source>SCoT compatibility</source>
        <translation>Compatibilité SCoT</translation>
    </message>
</context>
<context>
    <name>AulaPlugin</name>
    <message>
        <location filename="../aula_plugin/plugin.py" line="48"/>
        <source>Open the territory project</source>
        <translation>Ouvrir le projet du territoire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="51"/>
        <source>Indicator fact sheets</source>
        <translation>Fiches indicateurs</translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="52"/>
        <source>Choose the working folder…</source>
        <translation>Choisir le dossier de travail…</translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="55"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>AulaProvider</name>
    <message>
        <location filename="../processing/provider.py" line="23"/>
        <source>AULA Territoires {}</source>
        <translation>AULA Territoires {}</translation>
    </message>
</context>
<context>
    <name>FactSheetDock</name>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="14"/>
        <source>AULA fact sheets</source>
        <translation>Fiches AULA</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="18"/>
        <source>Indicator fact sheets comparing a territory with its parents will appear here. Meanwhile, use Processing &gt; AULA &gt; Indicators &gt; Aggregate indicators.</source>
        <translation>Les fiches indicateurs comparant un territoire à ses territoires parents apparaîtront ici. En attendant, utilisez Traitements &gt; AULA &gt; Indicateurs &gt; Agréger des indicateurs.</translation>
    </message>
</context>
<context>
    <name>TerritoryActions</name>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="39"/>
        <source>Could not copy the territory into the working folder {}: {}</source>
        <translation>Impossible de copier le territoire dans le dossier de travail {} : {}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="43"/>
        <source>Working copy of the territory created: {}</source>
        <translation>Copie de travail du territoire créée : {}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="45"/>
        <source>{} uses data schema {}, the plugin ships schema {}: data kept as is.</source>
        <translation>{} utilise le schéma de données {}, l'extension fournit le schéma {} : données conservées telles quelles.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="51"/>
        <source>Could not open the project stored in {}</source>
        <translation>Impossible d'ouvrir le projet enregistré dans {}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="59"/>
        <source>Working folder for the AULA territory GeoPackage</source>
        <translation>Dossier de travail du GeoPackage du territoire AULA</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="67"/>
        <source>Working folder set to {}: the territory is copied there when opened.</source>
        <translation>Dossier de travail défini : {}. Le territoire y sera copié à son ouverture.</translation>
    </message>
</context>
<context>
    <name>aula</name>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="69"/>
        <source>{layer}: {count} feature(s) with an empty parent field {field} belong to no parent: they were left out of the aggregation</source>
        <translation>{layer} : {count} entité(s) dont le champ parent {field} est vide n'appartiennent à aucun parent : elles ont été écartées de l'agrégation</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="72"/>
        <source>{layer}: parent {parent}: {count} NULL value(s) in field {field} were left out</source>
        <translation>{layer} : parent {parent} : {count} valeur(s) NULL du champ {field} ont été écartées</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="74"/>
        <source>{layer}: parent {parent}: every value of field {field} is NULL, its sum is NULL</source>
        <translation>{layer} : parent {parent} : toutes les valeurs du champ {field} sont NULL, sa somme est NULL</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="76"/>
        <source>{layer}: parent {parent}: rate {rate} is NULL: no feature has non-NULL values in both fields {field}</source>
        <translation>{layer} : parent {parent} : le taux {rate} est NULL : aucune entité n'a de valeur non NULL dans les deux champs {field}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="79"/>
        <source>{layer}: parent {parent}: rate {rate} is NULL because the sum of its denominator field {field} is zero</source>
        <translation>{layer} : parent {parent} : le taux {rate} est NULL car la somme de son champ dénominateur {field} est nulle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="83"/>
        <source>{layer}: the rate table must have 4 columns (output field, numerator field, denominator field, multiplier); got {count} value(s): {value}</source>
        <translation>{layer} : la table des taux doit avoir 4 colonnes (champ de sortie, champ numérateur, champ dénominateur, multiplicateur) ; reçu {count} valeur(s) : {value}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="86"/>
        <source>{layer}: two output fields would be named {field} (and {other}): rename a rate or drop a field</source>
        <translation>{layer} : deux champs de sortie s'appelleraient {field} (et {other}) : renommez un taux ou retirez un champ</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="89"/>
        <source>{layer}: every feature has an empty parent field {field}: nothing to aggregate</source>
        <translation>{layer} : toutes les entités ont un champ parent {field} vide : rien à agréger</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="142"/>
        <source>{layer}: the multiplier of rate {rate} is not a number: {value!r}</source>
        <translation>{layer} : le multiplicateur du taux {rate} n'est pas un nombre : {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="221"/>
        <source>{layer}: choose at least one field to sum or one rate</source>
        <translation>{layer} : choisissez au moins un champ à additionner ou un taux</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="226"/>
        <source>{layer}: a rate has no output field name</source>
        <translation>{layer} : un taux n'a pas de nom de champ de sortie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="226"/>
        <source>{layer}: rate {rate} has no numerator field</source>
        <translation>{layer} : le taux {rate} n'a pas de champ numérateur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="226"/>
        <source>{layer}: rate {rate} has no denominator field</source>
        <translation>{layer} : le taux {rate} n'a pas de champ dénominateur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="324"/>
        <source>{layer}: field {field} does not exist</source>
        <translation>{layer} : le champ {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="332"/>
        <source>{layer}: field {field} holds a non-numeric value: {value!r}</source>
        <translation>{layer} : le champ {field} contient une valeur non numérique : {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="384"/>
        <source>{layer}: parent field {field} does not exist</source>
        <translation>{layer} : le champ parent {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="411"/>
        <source>{layer}: the layer has no feature</source>
        <translation>{layer} : la couche ne contient aucune entité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/workcopy.py" line="41"/>
        <source>{path}: not a readable AULA GeoPackage ({reason})</source>
        <translation>{path} : GeoPackage AULA illisible ({reason})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/workcopy.py" line="47"/>
        <source>{path}: the table aula_metadata has no schema_version</source>
        <translation>{path} : la table aula_metadata n'a pas de schema_version</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/workcopy.py" line="62"/>
        <source>{path}: the territory GeoPackage shipped with the plugin is missing</source>
        <translation>{path} : le GeoPackage du territoire fourni avec l'extension est manquant</translation>
    </message>
</context>
</TS>
