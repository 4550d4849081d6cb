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
    <name>DegurbaGrid</name>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="83"/>
        <source>Degree of Urbanisation grid (DEGURBA level 1)</source>
        <translation>Grille du degré d'urbanisation (DEGURBA niveau 1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="86"/>
        <source>degurba,urbanisation,urban centre,cluster,ghsl,grid,grille,densité</source>
        <translation>degurba,urbanisation,centre urbain,agglomération,ghsl,grille,grid,densité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="91"/>
        <source>&lt;p&gt;Classifies the cells of a population grid with the Degree of Urbanisation, level 1 (European Commission / Eurostat, &lt;i&gt;Applying the Degree of Urbanisation — a methodological manual&lt;/i&gt;, 2021; GHSL Data Package rule sets R2022A and R2023A): 3 urban centre, 2 urban cluster, 1 rural, 0 water.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Classe les cellules d'une grille de population selon le degré d'urbanisation, niveau 1 (Commission européenne / Eurostat, &lt;i&gt;Applying the Degree of Urbanisation — a methodological manual&lt;/i&gt;, 2021 ; jeux de règles R2022A et R2023A des GHSL Data Packages) : 3 centre urbain, 2 agglomération urbaine, 1 rural, 0 eau.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="91"/>
        <source>&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: three rasters on the same grid (same size, origin, cell size and CRS), for example GHSL GHS-POP, GHS-BUILT-S and land (CC BY 4.0, European Commission JRC): population (inhabitants per cell), built-up surface and permanent land surface (m² per cell). Nodata cells count as missing: never dense, left out of the sums.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Entrées&lt;/b&gt; : trois rasters sur la même grille (même taille, origine, taille de cellule et SCR), par exemple GHSL GHS-POP, GHS-BUILT-S et terres (CC BY 4.0, Commission européenne, JRC) : population (habitants par cellule), surface bâtie et surface de terres permanentes (m² par cellule). Les cellules sans donnée sont manquantes : jamais denses, exclues des sommes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="91"/>
        <source>&lt;p&gt;&lt;b&gt;Urban centres&lt;/b&gt;: cells with a density of at least 1,500 inhabitants per km² of land, or a built-up share of land (rounded to 3 decimals) at least the built-up threshold (0.5 in R2022A, 0.2 for 2020 data in R2023A); rook contiguity; at least 50,000 inhabitants; then edge smoothing by the majority rule (R2022A: 5 of the 8 neighbours; R2023A: majority of the neighbours that are land or populated, water cells never added), then gaps of at most 14 cells (under 15 km²) are filled.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Centres urbains&lt;/b&gt; : cellules d'au moins 1 500 habitants par km² de terres, ou dont la part bâtie des terres (arrondie à 3 décimales) atteint le seuil de bâti (0,5 en R2022A, 0,2 pour les données 2020 en R2023A) ; contiguïté en tour (4 voisins) ; au moins 50 000 habitants ; puis lissage des bords par la règle de la majorité (R2022A : 5 des 8 voisines ; R2023A : majorité des voisines terrestres ou peuplées, les cellules d'eau n'étant jamais ajoutées), puis comblement des trous d'au plus 14 cellules (moins de 15 km²).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="91"/>
        <source>&lt;p&gt;&lt;b&gt;Urban clusters&lt;/b&gt;: cells of at least 300 inhabitants per km², queen contiguity, at least 5,000 inhabitants; urban centre cells stay centres. &lt;b&gt;Water&lt;/b&gt;: land share under 0.5, no population and no built-up surface; it only replaces rural cells. By default thresholds are met with ≥ (GHSL, flexurba); tick the strict option for “more than” (&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Agglomérations urbaines&lt;/b&gt; : cellules d'au moins 300 habitants par km², contiguïté en dame (8 voisins), au moins 5 000 habitants ; les cellules de centre urbain restent des centres. &lt;b&gt;Eau&lt;/b&gt; : part de terres inférieure à 0,5, sans population ni surface bâtie ; elle ne remplace que des cellules rurales. Par défaut les seuils sont atteints avec ≥ (GHSL, flexurba) ; cocher l'option stricte pour « plus de » (&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="91"/>
        <source>&lt;p&gt;&lt;b&gt;Communes&lt;/b&gt; (optional): each commune gets its population by class from the area-weighted overlay of the cells with its polygon, the share in urban centres and its class: 3 city (at least 50 % in urban centres), 2 town or suburb (at most 50 % in rural cells), 1 rural area, 0 no population. The rule set is recorded in the &lt;i&gt;degurba_rules&lt;/i&gt; field.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Communes&lt;/b&gt; (facultatif) : chaque commune reçoit sa population par classe, issue de la superposition des cellules avec son polygone pondérée par la surface, la part en centres urbains et sa classe : 3 ville (au moins 50 % en centres urbains), 2 ville moyenne ou banlieue (au plus 50 % en cellules rurales), 1 zone rurale, 0 sans population. Le jeu de règles est consigné dans le champ &lt;i&gt;degurba_rules&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="135"/>
        <source>Population grid</source>
        <translation>Grille de population</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="135"/>
        <source>Inhabitants per cell (e.g. GHS-POP), nodata = missing.</source>
        <translation>Habitants par cellule (par exemple GHS-POP), sans donnée = manquant.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="135"/>
        <source>Built-up surface grid (m²)</source>
        <translation>Grille de surface bâtie (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="135"/>
        <source>Built-up surface in m² per cell (e.g. GHS-BUILT-S).</source>
        <translation>Surface bâtie en m² par cellule (par exemple GHS-BUILT-S).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="135"/>
        <source>Land surface grid (m²)</source>
        <translation>Grille de surface de terres (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="135"/>
        <source>Permanent land surface in m² per cell (the cell area minus water).</source>
        <translation>Surface de terres permanentes en m² par cellule (surface de la cellule moins l'eau).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="156"/>
        <source>Edge smoothing (majority rule)</source>
        <translation>Lissage des bords (règle de la majorité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="156"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="162"/>
        <source>R2023A: majority of the neighbours that are land or populated; R2022A: 5 of the 8 neighbours; None: no smoothing.</source>
        <translation>R2023A : majorité des voisines terrestres ou peuplées ; R2022A : 5 des 8 voisines ; Aucun : pas de lissage.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="170"/>
        <source>Built-up criterion for urban centres</source>
        <translation>Critère de bâti pour les centres urbains</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="170"/>
        <source>Cells whose built-up share of land reaches the threshold are dense even below the density threshold.</source>
        <translation>Les cellules dont la part bâtie des terres atteint le seuil sont denses même sous le seuil de densité.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="179"/>
        <source>Built-up share threshold</source>
        <translation>Seuil de part bâtie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="179"/>
        <source>0.5 in R2022A; 0.2 for 2020 data in R2023A (flexurba default).</source>
        <translation>0,5 en R2022A ; 0,2 pour les données 2020 en R2023A (valeur par défaut de flexurba).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="187"/>
        <source>Urban centre density (inhabitants/km²)</source>
        <translation>Densité des centres urbains (habitants/km²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="187"/>
        <source>Density threshold of urban centre cells.</source>
        <translation>Seuil de densité des cellules de centre urbain.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="195"/>
        <source>Urban centre population</source>
        <translation>Population des centres urbains</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="195"/>
        <source>Minimum population of an urban centre.</source>
        <translation>Population minimale d'un centre urbain.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="203"/>
        <source>Urban centre contiguity</source>
        <translation>Contiguïté des centres urbains</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="242"/>
        <source>Rook (4 neighbours)</source>
        <translation>Tour (4 voisins)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="242"/>
        <source>Queen (8 neighbours)</source>
        <translation>Dame (8 voisins)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="209"/>
        <source>Rook in the method.</source>
        <translation>En tour dans la méthode.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="211"/>
        <source>Fill gaps in urban centres</source>
        <translation>Combler les trous des centres urbains</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="211"/>
        <source>Fill holes enclosed by an urban centre.</source>
        <translation>Combler les trous enclavés dans un centre urbain.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="217"/>
        <source>Largest gap filled (cells)</source>
        <translation>Plus grand trou comblé (cellules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="224"/>
        <source>14 cells of 1 km² in the method (gaps under 15 km²).</source>
        <translation>14 cellules de 1 km² dans la méthode (trous de moins de 15 km²).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="226"/>
        <source>Urban cluster density (inhabitants/km²)</source>
        <translation>Densité des agglomérations urbaines (habitants/km²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="226"/>
        <source>Density threshold of urban cluster cells.</source>
        <translation>Seuil de densité des cellules d'agglomération urbaine.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="234"/>
        <source>Urban cluster population</source>
        <translation>Population des agglomérations urbaines</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="234"/>
        <source>Minimum population of an urban cluster.</source>
        <translation>Population minimale d'une agglomération urbaine.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="242"/>
        <source>Urban cluster contiguity</source>
        <translation>Contiguïté des agglomérations urbaines</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="248"/>
        <source>Queen in the method.</source>
        <translation>En dame dans la méthode.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="250"/>
        <source>Water: land share below</source>
        <translation>Eau : part de terres inférieure à</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="250"/>
        <source>Unpopulated cells without built-up surface and with a smaller land share are water.</source>
        <translation>Les cellules sans population ni surface bâtie et dont la part de terres est inférieure sont de l'eau.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="261"/>
        <source>Strict thresholds (&gt; instead of ≥)</source>
        <translation>Seuils stricts (&gt; au lieu de ≥)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="261"/>
        <source>“More than” as in Eurostat and INSEE texts; GHSL uses ≥.</source>
        <translation>« Plus de », comme dans les textes d'Eurostat et de l'INSEE ; le GHSL utilise ≥.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="268"/>
        <source>Communes (optional)</source>
        <translation>Communes (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="274"/>
        <source>Polygons classified from the share of their population.</source>
        <translation>Polygones classés selon la répartition de leur population.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="276"/>
        <source>Commune identifier field</source>
        <translation>Champ identifiant de la commune</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="282"/>
        <source>Copied to the commune output (e.g. the INSEE code).</source>
        <translation>Recopié dans la couche de communes en sortie (par exemple le code INSEE).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="285"/>
        <source>DEGURBA level 1 grid</source>
        <translation>Grille DEGURBA de niveau 1</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="288"/>
        <source>Byte raster: 3 urban centre, 2 urban cluster, 1 rural, 0 water.</source>
        <translation>Raster d'octets : 3 centre urbain, 2 agglomération urbaine, 1 rural, 0 eau.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="290"/>
        <source>Communes classified</source>
        <translation>Communes classées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="297"/>
        <source>Population by class, share in centres and class.</source>
        <translation>Population par classe, part en centres urbains et classe.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="323"/>
        <source>{layer}: GDAL cannot read this raster</source>
        <translation>{layer} : GDAL ne peut pas lire ce raster</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="327"/>
        <source>{layer}: the raster is empty</source>
        <translation>{layer} : le raster est vide</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="334"/>
        <source>{layer}: every cell is nodata</source>
        <translation>{layer} : aucune cellule n'a de valeur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="345"/>
        <source>{layer} is not on the grid of {pop}: {cols} × {rows} cells from ({x}, {y}), cell {size}, expected {pcols} × {prows} from ({px}, {py}), cell {psize}</source>
        <translation>{layer} n'est pas sur la grille de {pop} : {cols} × {rows} cellules depuis ({x}, {y}), cellule de {size}, au lieu de {pcols} × {prows} depuis ({px}, {py}), cellule de {psize}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="368"/>
        <source>{layer} and {pop} have different CRS</source>
        <translation>{layer} et {pop} n'ont pas le même SCR</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="414"/>
        <source>{layer}: the layer has no feature</source>
        <translation>{layer} : la couche n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="447"/>
        <source>Rule set: {rules}</source>
        <translation>Jeu de règles : {rules}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="449"/>
        <source>water</source>
        <translation>eau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="450"/>
        <source>rural</source>
        <translation>rural</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="451"/>
        <source>urban cluster</source>
        <translation>agglomération urbaine</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="452"/>
        <source>urban centre</source>
        <translation>centre urbain</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="455"/>
        <source>{label}: {cells} cells, {pop} inhabitants</source>
        <translation>{label} : {cells} cellules, {pop} habitants</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="471"/>
        <source>Cancelled by the user: no output was written</source>
        <translation>Annulé par l'utilisateur : aucun résultat n'a été écrit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="481"/>
        <source>Cannot create {path}</source>
        <translation>Impossible de créer {path}</translation>
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
    <name>ZanArtificialisation</name>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="84"/>
        <source>Artificialisation from OCS GE (stock and flows)</source>
        <translation>Artificialisation d'après l'OCS GE (stock et flux)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="87"/>
        <source>zan,ocsge,ocs ge,artificialisation,renaturation,imperméabilisation,millésime,flux</source>
        <translation>zan,ocsge,ocs ge,artificialisation,renaturation,imperméabilisation,millésime,flux</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="92"/>
        <source>&lt;p&gt;Computes the artificialised stock and share of each commune or territory for every millésime of IGN's OCS GE (v2), and the flows between two millésimes: artificialisation (A+), renaturation (A-), net = A+ - A-, checked against the stock difference. Areas are planimetric m² in Lambert-93 (EPSG:2154) after clipping by the communes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Calcule le stock et la part de surfaces artificialisées de chaque commune ou territoire pour chaque millésime de l'OCS GE de l'IGN (v2), et les flux entre deux millésimes : artificialisation (A+), renaturation (A-), solde net = A+ - A-, contrôlé par la différence des stocks. Les surfaces sont en m² planimétriques en Lambert-93 (EPSG:2154) après découpage par les communes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="92"/>
        <source>&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: IGN's &lt;i&gt;artif&lt;/i&gt; field of the OCS GE artificialisation product (authoritative), or the raw CS × US matrix, an approximation of the nomenclature of the décret n° 2023-1096 (annex to article R.101-1 of the code de l'urbanisme) without its surface thresholds (versioned in resources/zan/ocsge_artif_matrix.csv). Imperméabilisation = CS1.1.1.1 (buildings) and CS1.1.1.2 (sealed non-built surfaces).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Méthode&lt;/b&gt; : le champ &lt;i&gt;artif&lt;/i&gt; du produit artificialisation de l'OCS GE de l'IGN (qui fait foi), ou la matrice brute CS × US, approximation de la nomenclature du décret n° 2023-1096 (annexe à l'article R.101-1 du code de l'urbanisme) sans ses seuils de surface (versionnée dans resources/zan/ocsge_artif_matrix.csv). Imperméabilisation = CS1.1.1.1 (bâti) et CS1.1.1.2 (surfaces imperméables non bâties).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="92"/>
        <source>&lt;p&gt;&lt;b&gt;Millésimes&lt;/b&gt; come from the &lt;i&gt;millesime&lt;/i&gt; field, else from a year in the layer name. They differ by département (Pas-de-Calais 2018 and 2021, Somme 2017 and 2021): the tool keeps a millésime index per département and computes flows per département and millésime pair; a territory over several départements is flagged (coverage complete-not-uniform when their millésimes differ).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les &lt;b&gt;millésimes&lt;/b&gt; viennent du champ &lt;i&gt;millesime&lt;/i&gt;, sinon d'une année dans le nom de la couche. Ils diffèrent selon le département (Pas-de-Calais 2018 et 2021, Somme 2017 et 2021) : l'outil tient un index des millésimes par département et calcule les flux par département et par paire de millésimes ; un territoire à cheval sur plusieurs départements est signalé (couverture complete-not-uniform quand leurs millésimes diffèrent).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="92"/>
        <source>&lt;p&gt;The regional OCS2D Hauts-de-France (fields csYY/usYY, codes such as CS6.3.0 or US5.2.1) looks alike but is another nomenclature: it is refused, and so is a mix of nomenclatures. Codes are checked against the OCS GE v2 list. Field-name variants (CODE_CS, couverture, usage) are accepted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L'OCS2D régionale Hauts-de-France (champs csAA/usAA, codes tels que CS6.3.0 ou US5.2.1) se ressemble mais relève d'une autre nomenclature : elle est refusée, tout comme un mélange de nomenclatures. Les codes sont contrôlés d'après la liste de l'OCS GE v2. Les variantes de noms de champs (CODE_CS, couverture, usage) sont acceptées.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="92"/>
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: &lt;i&gt;stock&lt;/i&gt;, one row per territory, département and millésime: communes, commune_area_m2, area_m2 (OCS GE area clipped by the communes; it should equal commune_area_m2 within 0.1 %), artif_m2, artif_pct, impermeable_m2, coverage, multi_departement. &lt;i&gt;flows&lt;/i&gt;, one row per territory, département and millésime pair: artificialisation_m2, renaturation_m2, net_m2, stock_difference_m2, gap_m2 (net flow minus stock difference: not zero where the two millésimes do not cover the same ground), coverage, multi_departement.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : &lt;i&gt;stock&lt;/i&gt;, une ligne par territoire, département et millésime : communes, commune_area_m2, area_m2 (surface OCS GE découpée par les communes ; elle doit égaler commune_area_m2 à 0,1 % près), artif_m2, artif_pct, impermeable_m2, coverage, multi_departement. &lt;i&gt;flux&lt;/i&gt;, une ligne par territoire, département et paire de millésimes : artificialisation_m2, renaturation_m2, net_m2, stock_difference_m2, gap_m2 (flux net moins différence des stocks : non nul là où les deux millésimes ne couvrent pas le même sol), coverage, multi_departement.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="137"/>
        <source>OCS GE layers (one or more millésimes)</source>
        <translation>Couches OCS GE (un ou plusieurs millésimes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="142"/>
        <source>OCS GE v2 polygon layers (code_cs, code_us, millesime; artif for the IGN method), e.g. one per département and millésime.</source>
        <translation>Couches de polygones OCS GE v2 (code_cs, code_us, millesime ; artif pour la méthode IGN), par exemple une par département et par millésime.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="149"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="152"/>
        <source>Commune polygons with their INSEE code.</source>
        <translation>Polygones des communes avec leur code INSEE.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="154"/>
        <source>INSEE code field</source>
        <translation>Champ du code INSEE</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="157"/>
        <source>Commune code; its first two digits give the département.</source>
        <translation>Code de la commune ; ses deux premiers caractères donnent le département.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="159"/>
        <source>Territory field (empty: per commune)</source>
        <translation>Champ du territoire (vide : par commune)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="165"/>
        <source>Field grouping communes into territories, e.g. epci_siren.</source>
        <translation>Champ regroupant les communes en territoires, par exemple epci_siren.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="167"/>
        <source>Artificialised status</source>
        <translation>Statut artificialisé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="167"/>
        <source>IGN artif field</source>
        <translation>Champ artif de l'IGN</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="167"/>
        <source>Raw CS × US matrix (approximation)</source>
        <translation>Matrice brute CS × US (approximation)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="173"/>
        <source>IGN&apos;s artif field is authoritative; the raw matrix ignores thresholds.</source>
        <translation>Le champ artif de l'IGN fait foi ; la matrice brute ignore les seuils.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="177"/>
        <source>Artificialised stock</source>
        <translation>Stock artificialisé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="180"/>
        <source>One row per territory, département and millésime.</source>
        <translation>Une ligne par territoire, département et millésime.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="182"/>
        <source>Artificialisation flows</source>
        <translation>Flux d'artificialisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="188"/>
        <source>One row per territory, département and millésime pair.</source>
        <translation>Une ligne par territoire, département et paire de millésimes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="215"/>
        <source>No OCS GE layer was given</source>
        <translation>Aucune couche OCS GE n'a été fournie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="226"/>
        <source>{layer}: not a vector layer</source>
        <translation>{layer} : ce n'est pas une couche vecteur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="252"/>
        <source>{layer}: the layer has no feature</source>
        <translation>{layer} : la couche n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="263"/>
        <source>{layer}: field {field} does not exist</source>
        <translation>{layer} : le champ {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="268"/>
        <source>The INSEE code field is required</source>
        <translation>Le champ du code INSEE est obligatoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="285"/>
        <source>Cancelled by the user: no output was written</source>
        <translation>Annulé par l'utilisateur : aucune sortie n'a été écrite</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="305"/>
        <source>Raw CS × US matrix, version {version} (approximation)</source>
        <translation>Matrice brute CS × US, version {version} (approximation)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="353"/>
        <source>Département {dep}: millésimes {years}</source>
        <translation>Département {dep} : millésimes {years}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="363"/>
        <source>Flows need at least two OCS GE layers (millésimes)</source>
        <translation>Les flux demandent au moins deux couches OCS GE (millésimes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="374"/>
        <source>{count} stock row(s) and {flows} flow row(s) written</source>
        <translation>{count} ligne(s) de stock et {flows} ligne(s) de flux écrites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="475"/>
        <source>{layer}: {count} invalid geometry(ies) repaired with makeValid</source>
        <translation>{layer} : {count} géométrie(s) invalide(s) réparée(s) avec makeValid</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="481"/>
        <source>{layer}: {count} polygon(s) outside the communes were ignored</source>
        <translation>{layer} : {count} polygone(s) hors des communes ignoré(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="504"/>
        <source>Commune {insee}, millésime {year}: OCS GE polygons cover {pct:.2f} % of the commune (gaps or overlaps)</source>
        <translation>Commune {insee}, millésime {year} : les polygones OCS GE couvrent {pct:.2f} % de la commune (trous ou superpositions)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="511"/>
        <source>{count} commune-millésime(s) in all are not fully covered</source>
        <translation>{count} couple(s) commune-millésime au total ne sont pas entièrement couverts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="671"/>
        <source>{y1}-{y2}: net flow differs from the stock difference by more than 0.5 ha in {count} commune(s): {communes}</source>
        <translation>{y1}-{y2} : le flux net s'écarte de la différence des stocks de plus de 0,5 ha dans {count} commune(s) : {communes}</translation>
    </message>
</context>
<context>
    <name>ZanConsumption</name>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="108"/>
        <source>NAF consumption per territory</source>
        <translation>Consommation d'espaces NAF par territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="111"/>
        <source>zan,cerema,consommation,naf,enaf,epci,scot,période,référence,consumption,period</source>
        <translation>zan,cerema,consommation,naf,enaf,epci,scot,période,référence,décennie,territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="116"/>
        <source>&lt;p&gt;Sums the NAF land consumption imported by &lt;i&gt;Import the Cerema NAF consumption file&lt;/i&gt; (table &lt;i&gt;zan_consommation&lt;/i&gt;, m²) per commune, EPCI, SCoT, pôle or any grouping given by a field of the commune layer, over any period of years, both ends included.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Additionne la consommation d'espaces NAF importée par &lt;i&gt;Importer le fichier Cerema de consommation d'espaces NAF&lt;/i&gt; (table &lt;i&gt;zan_consommation&lt;/i&gt;, m²) par commune, EPCI, SCoT, pôle ou tout regroupement donné par un champ de la couche des communes, sur n'importe quelle période, bornes comprises.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="116"/>
        <source>&lt;p&gt;Per group: &lt;i&gt;nb_communes&lt;/i&gt;, the period (&lt;i&gt;first_year&lt;/i&gt;, &lt;i&gt;last_year&lt;/i&gt;, &lt;i&gt;years&lt;/i&gt;), the consumption &lt;i&gt;naf_m2&lt;/i&gt; and &lt;i&gt;naf_ha&lt;/i&gt; (sum of the annual flows, integer m² summed before any conversion), one column per destination present (&lt;i&gt;act_m2&lt;/i&gt; activity, &lt;i&gt;hab_m2&lt;/i&gt; housing, &lt;i&gt;mix_m2&lt;/i&gt;, &lt;i&gt;rou_m2&lt;/i&gt; road, &lt;i&gt;fer_m2&lt;/i&gt; rail, &lt;i&gt;inc_m2&lt;/i&gt; unknown), &lt;i&gt;annual_mean_m2&lt;/i&gt; = sum / number of years and &lt;i&gt;share_pct&lt;/i&gt; = 100 × sum / area of the group (sum of its communes' areas).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Par groupe : &lt;i&gt;nb_communes&lt;/i&gt;, la période (&lt;i&gt;first_year&lt;/i&gt;, &lt;i&gt;last_year&lt;/i&gt;, &lt;i&gt;years&lt;/i&gt;), la consommation &lt;i&gt;naf_m2&lt;/i&gt; et &lt;i&gt;naf_ha&lt;/i&gt; (somme des flux annuels, m² entiers additionnés avant toute conversion), une colonne par destination présente (&lt;i&gt;act_m2&lt;/i&gt; activité, &lt;i&gt;hab_m2&lt;/i&gt; habitat, &lt;i&gt;mix_m2&lt;/i&gt; mixte, &lt;i&gt;rou_m2&lt;/i&gt; route, &lt;i&gt;fer_m2&lt;/i&gt; fer, &lt;i&gt;inc_m2&lt;/i&gt; inconnue), &lt;i&gt;annual_mean_m2&lt;/i&gt; = somme / nombre d'années et &lt;i&gt;share_pct&lt;/i&gt; = 100 × somme / surface du groupe (somme des surfaces de ses communes).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="116"/>
        <source>&lt;p&gt;The default period 2011-2020 is the &lt;b&gt;reference decade&lt;/b&gt; of the loi Climat et Résilience (art. 194): exactly the ten annual flows naf11art12 … naf20art21 (1 January 2011 → 1 January 2021), never naf21art22. Negative annual values are kept, as in the Cerema totals. Communes of the layer missing from the table count as zero and are listed in a warning.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La période par défaut 2011-2020 est la &lt;b&gt;décennie de référence&lt;/b&gt; de la loi Climat et Résilience (art. 194) : exactement les dix flux annuels naf11art12 … naf20art21 (1&lt;sup&gt;er&lt;/sup&gt; janvier 2011 → 1&lt;sup&gt;er&lt;/sup&gt; janvier 2021), jamais naf21art22. Les valeurs annuelles négatives sont conservées, comme dans les totaux du Cerema. Les communes de la couche absentes de la table comptent pour zéro et sont listées dans un avertissement.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="116"/>
        <source>&lt;p&gt;This is &lt;b&gt;consumption&lt;/b&gt; of natural, agricultural and forest land (Cerema, fichiers fonciers), the metric of 2021-2031; it is not &lt;b&gt;artificialisation&lt;/b&gt; (OCS GE, from 2031). Never add them up.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Il s'agit de la &lt;b&gt;consommation&lt;/b&gt; d'espaces naturels, agricoles et forestiers (Cerema, fichiers fonciers), l'indicateur de 2021-2031 ; ce n'est pas l'&lt;b&gt;artificialisation&lt;/b&gt; (OCS GE, à partir de 2031). Ne jamais les additionner.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="150"/>
        <source>Consumption table (zan_consommation)</source>
        <translation>Table de consommation (zan_consommation)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="155"/>
        <source>The long table written by the import: insee, annee, destination, surface_m2 (and release).</source>
        <translation>La table longue écrite par l'import : insee, annee, destination, surface_m2 (et release).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="165"/>
        <source>Commune layer (membership and area)</source>
        <translation>Couche des communes (appartenance et surface)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="171"/>
        <source>Layer or table with one feature per commune, its code, its group (EPCI, SCoT, pôle...) and its area. Empty: one row per commune of the table, no share.</source>
        <translation>Couche ou table avec une entité par commune, son code, son groupe (EPCI, SCoT, pôle…) et sa surface. Vide : une ligne par commune de la table, sans part du territoire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="179"/>
        <source>INSEE code field</source>
        <translation>Champ du code INSEE</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="187"/>
        <source>Field of the commune layer with the INSEE code.</source>
        <translation>Champ de la couche des communes contenant le code INSEE.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="190"/>
        <source>Group field (empty: per commune)</source>
        <translation>Champ de regroupement (vide : par commune)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="197"/>
        <source>Field of the commune layer giving each commune&apos;s group (epci_siren, scot_id, pole_id, or any custom grouping). Empty: one row per commune.</source>
        <translation>Champ de la couche des communes donnant le groupe de chaque commune (epci_siren, scot_id, pole_id ou tout regroupement personnalisé). Vide : une ligne par commune.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="205"/>
        <source>First year (flow from 1 January)</source>
        <translation>Première année (flux à partir du 1er janvier)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="213"/>
        <source>First annual flow included (2011: naf11art12).</source>
        <translation>Premier flux annuel inclus (2011 : naf11art12).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="216"/>
        <source>Last year (flow to 1 January of the next year)</source>
        <translation>Dernière année (flux jusqu'au 1er janvier de l'année suivante)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="224"/>
        <source>Last annual flow included (2020: naf20art21, the end of the reference decade).</source>
        <translation>Dernier flux annuel inclus (2020 : naf20art21, fin de la décennie de référence).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="231"/>
        <source>Area field of the commune layer</source>
        <translation>Champ de surface de la couche des communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="239"/>
        <source>Commune area, for the share of the territory (default surface_ha).</source>
        <translation>Surface de la commune, pour la part du territoire (par défaut surface_ha).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="242"/>
        <source>Unit of the area field</source>
        <translation>Unité du champ de surface</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="248"/>
        <source>ha (default), m² (e.g. surfcom_m2) or km².</source>
        <translation>ha (par défaut), m² (par exemple surfcom_m2) ou km².</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="251"/>
        <source>Consumption per territory</source>
        <translation>Consommation par territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="254"/>
        <source>One row per group: key, nb_communes, period, naf_m2, naf_ha, one column per destination (m²), annual_mean_m2, share_pct.</source>
        <translation>Une ligne par groupe : clé, nb_communes, période, naf_m2, naf_ha, une colonne par destination (m²), annual_mean_m2, share_pct.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="279"/>
        <source>{layer}: field {field} does not exist</source>
        <translation>{layer} : le champ {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="334"/>
        <source>The first year ({first}) comes after the last year ({last})</source>
        <translation>La première année ({first}) est postérieure à la dernière ({last})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="419"/>
        <source>{count} group(s), period {first}-{last}, release {release}</source>
        <translation>{count} groupe(s), période {first}-{last}, millésime {release}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="430"/>
        <source>Cancelled by the user: no output was written</source>
        <translation>Annulé par l'utilisateur : aucune sortie n'a été écrite</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="472"/>
        <source>{layer} holds several releases ({releases}): the latest, {release}, is used</source>
        <translation>{layer} contient plusieurs millésimes ({releases}) : le plus récent, {release}, est utilisé</translation>
    </message>
</context>
<context>
    <name>ZanImportConsumption</name>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="88"/>
        <source>Import the Cerema NAF consumption file</source>
        <translation>Importer le fichier Cerema de consommation d'espaces NAF</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="91"/>
        <source>zan,cerema,consommation,naf,enaf,import,fichiers fonciers,consumption,land take</source>
        <translation>zan,cerema,consommation,naf,enaf,import,fichiers fonciers,millésime,espaces</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="96"/>
        <source>&lt;p&gt;Reads the Cerema file of NAF (natural, agricultural and forest) land consumption per commune, as published on the Cerema data portal: the national CSV, the shapefiles (also zipped) or a table of a GeoPackage, any release from 2009-2020 to 2009-2025. Columns are recognised by their pattern (naf{AA}art{BB}, art{AA}{destination}{BB}, epci{NN}, surfcom…), in lower or upper case, also when a shapefile cut the names to 10 characters.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lit le fichier du Cerema de consommation d'espaces NAF (naturels, agricoles et forestiers) par commune, tel que publié sur le portail de données du Cerema : le CSV national, les shapefiles (zippés ou non) ou une table d'un GeoPackage, tout millésime de 2009-2020 à 2009-2025. Les colonnes sont reconnues par leur motif (naf{AA}art{BB}, art{AA}{destination}{BB}, epci{NN}, surfcom…), en minuscules ou en majuscules, y compris quand un shapefile a tronqué les noms à 10 caractères.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="96"/>
        <source>&lt;p&gt;It writes into your &lt;b&gt;working GeoPackage&lt;/b&gt; (never into the plugin's shipped template) a long table &lt;i&gt;zan_consommation&lt;/i&gt;: one row per commune, year and destination (&lt;i&gt;naf&lt;/i&gt; = all destinations, act, hab, mix, rou, fer, inc), in integer m² as in the source; &lt;i&gt;annee&lt;/i&gt; = Y is the flow from 1 January Y to 1 January Y+1. Also written: &lt;i&gt;zan_consommation_imports&lt;/i&gt; (release, file, SHA-256, last year, COG), &lt;i&gt;zan_consommation_anomalies&lt;/i&gt; and &lt;i&gt;zan_communes_cerema&lt;/i&gt; (name, EPCI of the file, area). Re-importing a release replaces its rows; everything is written in one transaction, so an error or a cancel writes nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Il écrit dans votre &lt;b&gt;GeoPackage de travail&lt;/b&gt; (jamais dans le modèle livré avec l'extension) une table longue &lt;i&gt;zan_consommation&lt;/i&gt; : une ligne par commune, année et destination (&lt;i&gt;naf&lt;/i&gt; = toutes destinations, act, hab, mix, rou, fer, inc), en m² entiers comme dans la source ; &lt;i&gt;annee&lt;/i&gt; = A est le flux du 1&lt;sup&gt;er&lt;/sup&gt; janvier A au 1&lt;sup&gt;er&lt;/sup&gt; janvier A+1. Sont aussi écrites : &lt;i&gt;zan_consommation_imports&lt;/i&gt; (millésime, fichier, SHA-256, dernière année, COG), &lt;i&gt;zan_consommation_anomalies&lt;/i&gt; et &lt;i&gt;zan_communes_cerema&lt;/i&gt; (nom, EPCI du fichier, surface). Réimporter un millésime remplace ses lignes ; tout est écrit en une seule transaction : une erreur ou une annulation n'écrit rien.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="96"/>
        <source>&lt;p&gt;&lt;b&gt;Checks&lt;/b&gt;: a gap in the annual columns, a reference decade 2011-2020 that is incomplete, decimal values or columns of another magnitude (hectares mixed with m²), commune codes that are not INSEE codes (or, with a commune layer, codes absent from it) stop the import with a message. Negative annual values are kept as published (the totals match the Cerema figures) and listed in the anomalies table with a warning. Check C1 (naf = Σ destinations ± 1 m²) and check C2 (annual flows = the window columns naf09art{NN}, naf11art21…) are reported, not fatal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Contrôles&lt;/b&gt; : un trou dans les colonnes annuelles, une décennie de référence 2011-2020 incomplète, des valeurs décimales ou des colonnes d'un autre ordre de grandeur (hectares mêlés aux m²), des codes de commune qui ne sont pas des codes INSEE (ou, avec une couche des communes, des codes qui en sont absents) arrêtent l'import avec un message. Les valeurs annuelles négatives sont conservées telles que publiées (les totaux correspondent aux chiffres du Cerema) et listées dans la table des anomalies, avec un avertissement. Le contrôle C1 (naf = Σ destinations ± 1 m²) et le contrôle C2 (flux annuels = colonnes cumulées naf09art{NN}, naf11art21…) sont signalés, sans être bloquants.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="96"/>
        <source>&lt;p&gt;&lt;b&gt;Commune geography&lt;/b&gt;: the COG corrections of resources/zan/cog_corrections.csv (source: Mon Diagnostic Artificialisation) bring the file to the requested COG year: merged communes are summed, split communes shared by area, communes missing from the source get zero rows; none concerns the Pas-de-Calais.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Géographie communale&lt;/b&gt; : les corrections du COG de resources/zan/cog_corrections.csv (source : Mon Diagnostic Artificialisation) amènent le fichier au millésime du COG demandé : les communes fusionnées sont additionnées, les communes rétablies réparties au prorata de la surface, les communes absentes de la source reçoivent des lignes à zéro ; aucune ne concerne le Pas-de-Calais.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="96"/>
        <source>&lt;p&gt;Source: Cerema, fichiers fonciers (DGFiP), ZAN reference §3. This is NAF consumption (loi Climat et Résilience, art. 194), not artificialisation as measured by the OCS GE.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Source : Cerema, fichiers fonciers (DGFiP), référence ZAN §3. Il s'agit de la consommation d'espaces NAF (loi Climat et Résilience, art. 194), pas de l'artificialisation mesurée par l'OCS GE.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="145"/>
        <source>Cerema consumption file (CSV, shapefile, zip, GeoPackage)</source>
        <translation>Fichier de consommation du Cerema (CSV, shapefile, zip, GeoPackage)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="150"/>
        <source>The file as downloaded from Cerema (CSV with ; or ,, shapefile, zipped shapefile) or a GeoPackage table written as path.gpkg|layername=name.</source>
        <translation>Le fichier tel que téléchargé depuis le Cerema (CSV séparé par ; ou ,, shapefile, shapefile zippé) ou une table de GeoPackage écrite chemin.gpkg|layername=nom.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="158"/>
        <source>Layer or table name (multi-layer files)</source>
        <translation>Nom de la couche ou de la table (fichiers à plusieurs couches)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="161"/>
        <source>For a GeoPackage or a zip with several layers: the layer to read.</source>
        <translation>Pour un GeoPackage ou un zip à plusieurs couches : la couche à lire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="166"/>
        <source>Target COG year (commune geography)</source>
        <translation>Millésime du COG visé (géographie communale)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="174"/>
        <source>Year of the Code officiel géographique the communes must follow: the COG corrections dated after the file's own COG and up to this year are applied.</source>
        <translation>Millésime du Code officiel géographique que les communes doivent suivre : les corrections du COG postérieures au COG du fichier et jusqu'à cette année sont appliquées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="182"/>
        <source>COG year of the file (0: from its EPCI column)</source>
        <translation>Millésime du COG du fichier (0 : d'après sa colonne EPCI)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="190"/>
        <source>The commune geography of the file. 0: the year of its epci{NN} column (epci24 → 2024), else the end year of the release.</source>
        <translation>La géographie communale du fichier. 0 : l'année de sa colonne epci{NN} (epci24 → 2024), sinon l'année de fin du millésime.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="199"/>
        <source>Commune layer to check the codes (optional)</source>
        <translation>Couche des communes pour vérifier les codes (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="205"/>
        <source>Communes at the target COG year. Codes of the file absent from this layer stop the import (listed), unless only its communes are kept.</source>
        <translation>Communes au millésime du COG visé. Les codes du fichier absents de cette couche arrêtent l'import (ils sont listés), sauf si l'on ne garde que ses communes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="213"/>
        <source>INSEE code field of the commune layer</source>
        <translation>Champ du code INSEE de la couche des communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="221"/>
        <source>Field holding the commune codes (default insee).</source>
        <translation>Champ contenant les codes des communes (par défaut insee).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="224"/>
        <source>Keep only the communes of the commune layer</source>
        <translation>Ne garder que les communes de la couche des communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="227"/>
        <source>Import only the communes of the commune layer (e.g. the 319 communes of the territory from the national file). Communes of the layer missing from the file stop the import.</source>
        <translation>N'importer que les communes de la couche des communes (par exemple les 319 communes du territoire depuis le fichier national). Les communes de la couche absentes du fichier arrêtent l'import.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="236"/>
        <source>Accept a release without the whole 2011-2020 decade</source>
        <translation>Accepter un millésime sans toute la décennie 2011-2020</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="241"/>
        <source>The 2009-2020 release stops at naf19art20 and cannot give the reference consumption 2011-2020. Tick to import it anyway (with a warning).</source>
        <translation>Le millésime 2009-2020 s'arrête à naf19art20 et ne peut pas donner la consommation de référence 2011-2020. Cocher pour l'importer malgré tout (avec un avertissement).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="250"/>
        <source>Working GeoPackage (written)</source>
        <translation>GeoPackage de travail (écrit)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="256"/>
        <source>An existing GeoPackage you can write to, e.g. your working copy of the territory GeoPackage (made when you open the territory project). Never the plugin&apos;s own template.</source>
        <translation>Un GeoPackage existant, accessible en écriture, par exemple votre copie de travail du GeoPackage du territoire (créée à l'ouverture du projet du territoire). Jamais le modèle de l'extension.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="265"/>
        <source>Consumption table</source>
        <translation>Table de consommation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="270"/>
        <source>Release</source>
        <translation>Millésime</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="271"/>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="272"/>
        <source>Rows written</source>
        <translation>Lignes écrites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="273"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="274"/>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="281"/>
        <source>No Cerema file given</source>
        <translation>Aucun fichier du Cerema indiqué</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="285"/>
        <source>No working GeoPackage given</source>
        <translation>Aucun GeoPackage de travail indiqué</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="301"/>
        <source>{layer}: field {field} does not exist</source>
        <translation>{layer} : le champ {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="309"/>
        <source>Keeping only the communes of the commune layer needs a commune layer</source>
        <translation>Pour ne garder que les communes de la couche des communes, il faut une couche des communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="348"/>
        <source>Cancelled by the user: nothing was written</source>
        <translation>Annulé par l'utilisateur : rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="361"/>
        <source>{file}: release {release}, {count} commune(s), destinations {dest}</source>
        <translation>{file} : millésime {release}, {count} commune(s), destinations {dest}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="371"/>
        <source>{file}: the release does not cover the reference decade 2011-2020: the reference consumption cannot be computed from it</source>
        <translation>{file} : le millésime ne couvre pas la décennie de référence 2011-2020 : la consommation de référence ne peut pas en être calculée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="396"/>
        <source>COG {source} → {target}: {count} correction(s) applied</source>
        <translation>COG {source} → {target} : {count} correction(s) appliquée(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="411"/>
        <source>{count} commune(s) of the file outside the commune layer left out</source>
        <translation>{count} commune(s) du fichier hors de la couche des communes écartée(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="447"/>
        <source>{gpkg}: {rows} row(s) written for {communes} commune(s), release {release}, last year {last}</source>
        <translation>{gpkg} : {rows} ligne(s) écrite(s) pour {communes} commune(s), millésime {release}, dernière année {last}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="491"/>
        <source>{layer}: {count} value(s) of field {field} are not INSEE codes: {codes}</source>
        <translation>{layer} : {count} valeur(s) du champ {field} ne sont pas des codes INSEE : {codes}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="499"/>
        <source>{file}: {count} commune(s) of {layer} are missing from the file (after COG corrections): {codes}. Nothing was written</source>
        <translation>{file} : {count} commune(s) de {layer} manquent dans le fichier (après corrections du COG) : {codes}. Rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="511"/>
        <source>{file}: {count} commune code(s) are absent from {layer} (by département: {deps}): {codes}. Nothing was written. Tick 'Keep only the communes of the commune layer' to import only those communes</source>
        <translation>{file} : {count} code(s) de commune absent(s) de {layer} (par département : {deps}) : {codes}. Rien n'a été écrit. Cocher « Ne garder que les communes de la couche des communes » pour n'importer que ces communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="534"/>
        <source>{file}: {count} negative annual value(s), kept as published (not clipped) and listed in zan_consommation_anomalies, e.g. {examples}</source>
        <translation>{file} : {count} valeur(s) annuelle(s) négative(s), conservée(s) telles que publiées (non ramenées à zéro) et listées dans zan_consommation_anomalies, par exemple {examples}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="552"/>
        <source>{file}: {count} empty cell(s): no row written for them</source>
        <translation>{file} : {count} cellule(s) vide(s) : aucune ligne écrite pour elles</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="558"/>
        <source>Check C1 (naf = Σ destinations ± 1 m²): {tested} tested, {failed} exception(s)</source>
        <translation>Contrôle C1 (naf = Σ destinations ± 1 m²) : {tested} testé(s), {failed} exception(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="564"/>
        <source>Check C1 exceptions (listed in the anomalies table): {examples}</source>
        <translation>Exceptions au contrôle C1 (listées dans la table des anomalies) : {examples}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="570"/>
        <source>Check C2 (annual flows = windows): {tested} tested, {failed} exception(s)</source>
        <translation>Contrôle C2 (flux annuels = colonnes cumulées) : {tested} testé(s), {failed} exception(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="576"/>
        <source>Check C2 exceptions (listed in the anomalies table): {examples}</source>
        <translation>Exceptions au contrôle C2 (listées dans la table des anomalies) : {examples}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="583"/>
        <source>Destinations absent from this release (no rows, not zero): {dest}</source>
        <translation>Destinations absentes de ce millésime (pas de lignes, pas de zéros) : {dest}</translation>
    </message>
</context>
<context>
    <name>ZanParameters</name>
    <message>
        <location filename="../processing/zan_parameters.py" line="21"/>
        <source>Cerema release (if the table holds several)</source>
        <translation>Millésime Cerema (si la table en contient plusieurs)</translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="23"/>
        <source>Release label such as 2009-2024. Empty: the most recent release of the table, with a warning when it holds several.</source>
        <translation>Libellé du millésime, par exemple 2009-2024. Vide : le millésime le plus récent de la table, avec un avertissement quand elle en contient plusieurs.</translation>
    </message>
</context>
<context>
    <name>ZanProjects</name>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="106"/>
        <source>ZAN counter: planned projects against the remaining budget</source>
        <translation>Compteur ZAN : projets prévus face à l'enveloppe restante</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="109"/>
        <source>zan,compteur,projets,zones AU,budget,enveloppe,solde,plu,ocsge</source>
        <translation>zan,compteur,projets,zones AU,budget,enveloppe,solde,plu,ocsge</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="112"/>
        <source>&lt;p&gt;The &lt;i&gt;compteur ZAN&lt;/i&gt;: planned projects or AU zones (polygons with a status and an expected year) are clipped by the communes and subtracted from each commune's remaining budget. Only the net new consumption counts: the part of a project already artificialised in the given OCS GE millésime (IGN artif field, else the raw CS × US matrix) is excluded; with only a PLU (CNIG standard), the part inside U zones (TYPEZONE = U) is excluded instead. The &lt;i&gt;exclusion&lt;/i&gt; field of the outputs says which was used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le &lt;i&gt;compteur ZAN&lt;/i&gt; : les projets prévus ou zones AU (polygones avec un statut et une année prévue) sont découpés par les communes et déduits de l'enveloppe restante de chaque commune. Seule la consommation nouvelle nette compte : la part d'un projet déjà artificialisée dans le millésime OCS GE fourni (champ artif de l'IGN, sinon la matrice brute CS × US) est exclue ; avec un PLU seul (standard CNIG), c'est la part située en zones U (TYPEZONE = U) qui est exclue. Le champ &lt;i&gt;exclusion&lt;/i&gt; des sorties indique laquelle a servi.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="112"/>
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: per commune, insee, territory, budget_m2, projects (number of projects), projects_m2, excluded_m2, net_m2, balance_m2 and exclusion (ocsge_artif, ocsge_matrix, plu_zone_u or none); per territory, the same sums with communes and communes_without_budget (the territory budget only sums the communes that have one).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : par commune, insee, territory, budget_m2, projects (nombre de projets), projects_m2, excluded_m2, net_m2, balance_m2 et exclusion (ocsge_artif, ocsge_matrix, plu_zone_u ou none) ; par territoire, les mêmes sommes avec communes et communes_without_budget (l'enveloppe du territoire ne somme que les communes qui en ont une).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="145"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="146"/>
        <source>Planned projects or AU zones (polygons).</source>
        <translation>Projets prévus ou zones AU (polygones).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="148"/>
        <source>Status field</source>
        <translation>Champ du statut</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="151"/>
        <source>Field holding the project status, e.g. statut.</source>
        <translation>Champ contenant le statut du projet, par exemple statut.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="153"/>
        <source>Statuses to count (comma-separated)</source>
        <translation>Statuts à compter (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="156"/>
        <source>e.g. en projet,autorisé; empty: every status counts.</source>
        <translation>par exemple en projet,autorisé ; vide : tous les statuts comptent.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="158"/>
        <source>Expected year field</source>
        <translation>Champ de l'année prévue</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="166"/>
        <source>Field holding the expected year of completion.</source>
        <translation>Champ contenant l'année prévue de réalisation.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="168"/>
        <source>Horizon (last expected year counted)</source>
        <translation>Horizon (dernière année prévue comptée)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="171"/>
        <source>Projects expected after this year are left out; empty: no limit.</source>
        <translation>Les projets prévus après cette année sont écartés ; vide : sans limite.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="173"/>
        <source>OCS GE millésime (already artificialised land)</source>
        <translation>Millésime OCS GE (surfaces déjà artificialisées)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="180"/>
        <source>Its artificialised part is excluded from the projects.</source>
        <translation>Sa part artificialisée est exclue des projets.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="182"/>
        <source>PLU zoning (used without OCS GE)</source>
        <translation>Zonage du PLU (utilisé sans OCS GE)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="185"/>
        <source>CNIG zoning layer: the part of projects in U zones is excluded.</source>
        <translation>Couche de zonage CNIG : la part des projets en zones U est exclue.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="187"/>
        <source>Zone type field</source>
        <translation>Champ du type de zone</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="190"/>
        <source>CNIG TYPEZONE: U, AUc, AUs, A, N.</source>
        <translation>TYPEZONE du CNIG : U, AUc, AUs, A, N.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="192"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="193"/>
        <source>Commune polygons with their INSEE code.</source>
        <translation>Polygones des communes avec leur code INSEE.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="195"/>
        <source>INSEE code field</source>
        <translation>Champ du code INSEE</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="198"/>
        <source>Commune code, matched as text with the budget table.</source>
        <translation>Code de la commune, rapproché comme texte de la table des enveloppes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="200"/>
        <source>Territory field</source>
        <translation>Champ du territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="203"/>
        <source>Field grouping communes into territories; empty: one territory.</source>
        <translation>Champ regroupant les communes en territoires ; vide : un seul territoire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="205"/>
        <source>Remaining budget field of the communes (m²)</source>
        <translation>Champ de l'enveloppe restante des communes (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="213"/>
        <source>Used when no budget table is given.</source>
        <translation>Utilisé quand aucune table d'enveloppes n'est fournie.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="215"/>
        <source>Remaining budget table</source>
        <translation>Table des enveloppes restantes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="222"/>
        <source>e.g. the output of aula:zantrajectory per commune.</source>
        <translation>par exemple la sortie de aula:zantrajectory par commune.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="224"/>
        <source>Budget table key</source>
        <translation>Clé de la table des enveloppes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="235"/>
        <source>Budget table field (m²)</source>
        <translation>Champ de la table des enveloppes (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="243"/>
        <source>Remaining budget in m².</source>
        <translation>Enveloppe restante en m².</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="246"/>
        <source>ZAN counter per commune</source>
        <translation>Compteur ZAN par commune</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="249"/>
        <source>One row per commune: budget, projects, excluded, net, balance.</source>
        <translation>Une ligne par commune : enveloppe, projets, part exclue, consommation nette, solde.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="251"/>
        <source>ZAN counter per territory</source>
        <translation>Compteur ZAN par territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="254"/>
        <source>One row per territory: the sums of its communes.</source>
        <translation>Une ligne par territoire : les sommes de ses communes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="280"/>
        <source>{layer}: the layer has no feature</source>
        <translation>{layer} : la couche n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="298"/>
        <source>{layer}: field {field} does not exist</source>
        <translation>{layer} : le champ {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="321"/>
        <source>{layer}: statuses are given but no status field</source>
        <translation>{layer} : des statuts sont donnés mais aucun champ de statut</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="330"/>
        <source>{layer}: a horizon is given but no expected year field</source>
        <translation>{layer} : un horizon est donné mais aucun champ d'année prévue</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="358"/>
        <source>No remaining budget: give a budget table (e.g. the output of aula:zantrajectory) or a budget field of the communes</source>
        <translation>Aucune enveloppe restante : fournissez une table des enveloppes (par exemple la sortie de aula:zantrajectory) ou un champ d'enveloppe des communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="368"/>
        <source>{layer}: field {field} is not numeric</source>
        <translation>{layer} : le champ {field} n'est pas numérique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="403"/>
        <source>Cancelled by the user: no output was written</source>
        <translation>Annulé par l'utilisateur : aucune sortie n'a été écrite</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="446"/>
        <source>{layer}: {count} project(s) outside every commune were left out</source>
        <translation>{layer} : {count} projet(s) hors de toute commune écarté(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="454"/>
        <source>{count} commune(s) without a remaining budget (NULL balance): {list}</source>
        <translation>{count} commune(s) sans enveloppe restante (solde NULL) : {list}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="512"/>
        <source>{count} project(s) counted; exclusion: {exclusion}</source>
        <translation>{count} projet(s) compté(s) ; exclusion : {exclusion}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="557"/>
        <source>{layer}: {kept} project(s) kept, {status} left out by status, {year} by year</source>
        <translation>{layer} : {kept} projet(s) retenu(s), {status} écarté(s) par le statut, {year} par l'année</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="563"/>
        <source>{layer}: {count} project(s) without an expected year left out</source>
        <translation>{layer} : {count} projet(s) sans année prévue écarté(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="569"/>
        <source>{layer}: {count} invalid geometry(ies) repaired with makeValid</source>
        <translation>{layer} : {count} géométrie(s) invalide(s) réparée(s) avec makeValid</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="587"/>
        <source>{plu}: the PLU is not used, the OCS GE layer {ocs} is</source>
        <translation>{plu} : le PLU n'est pas utilisé, c'est la couche OCS GE {ocs} qui l'est</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="602"/>
        <source>Neither OCS GE nor PLU: the whole area of the projects is counted</source>
        <translation>Ni OCS GE ni PLU : toute la surface des projets est comptée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="635"/>
        <source>{layer}: {count} polygon(s) of already consumed land (exclusion {exclusion})</source>
        <translation>{layer} : {count} polygone(s) de surfaces déjà consommées (exclusion {exclusion})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="112"/>
        <source>&lt;p&gt;balance = remaining budget - (project area - excluded part), per commune and per territory, in m² (Lambert-93, EPSG:2154). A negative balance is an overrun. The remaining budget comes from a table (for example the output of aula:zantrajectory per commune: key territory = INSEE code, field remaining_m2) or from a field of the commune layer; a commune without a budget gets a NULL balance. Overlapping projects are counted twice: merge them first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;solde = enveloppe restante - (surface des projets - part exclue), par commune et par territoire, en m² (Lambert-93, EPSG:2154). Un solde négatif est un dépassement. L'enveloppe restante vient d'une table (par exemple la sortie de aula:zantrajectory par commune : clé territory = code INSEE, champ remaining_m2) ou d'un champ de la couche des communes ; une commune sans enveloppe a un solde NULL. Des projets qui se superposent sont comptés deux fois : fusionnez-les d'abord.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="231"/>
        <source>INSEE code in the budget table; empty: territory_id, territory or insee.</source>
        <translation>Code INSEE dans la table des enveloppes ; vide : territory_id, territory ou insee.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="350"/>
        <source>{layer}: no key field (territory_id, territory or insee)</source>
        <translation>{layer} : aucun champ clé (territory_id, territory ou insee)</translation>
    </message>
</context>
<context>
    <name>ZanReport</name>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="143"/>
        <source>Triennial local report on land consumption</source>
        <translation>Rapport local triennal sur l'artificialisation des sols</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="146"/>
        <source>zan,report,triennial,rapport,triennal,consommation,artificialisation,NAF,L.2231-1</source>
        <translation>zan,rapport,triennal,report,triennial,consommation,artificialisation,NAF,L.2231-1</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="157"/>
        <source>&lt;p&gt;Writes the draft of the triennial local report on land take that a commune or an EPCI presents, debates and votes in council at least every three years (article L.2231-1 of the CGCT, contents fixed by R.2231-1). The report is written in French: a PDF (QGIS print layout), an editable OpenDocument text (.odt, opened by LibreOffice and Microsoft Word) to amend before the vote, the CSV of every figure shown, and the two charts (PNG).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rédige le projet de rapport local relatif à l'artificialisation des sols qu'une commune ou un EPCI présente, débat et vote en conseil au moins tous les trois ans (article L.2231-1 du CGCT, contenu fixé par l'article R.2231-1). Le rapport est rédigé en français : un PDF (mise en page QGIS), un texte OpenDocument modifiable (.odt, ouvert par LibreOffice et Microsoft Word) à amender avant le vote, le CSV de tous les chiffres présentés et les deux graphiques (PNG).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="157"/>
        <source>&lt;p&gt;Sections: introduction (legal frame and procedure); (1) consumption of natural, agricultural and forest land (Cerema, in ha, by destination and as a share of the territory) with the chart of annual consumption 2011..last year; (2) artificialisation and renaturation balance and (3) impermeabilised areas, from OCS GE figures when given, otherwise stated as not available; (4) assessment against the 2021-2031 envelope: reference 2011-2020 (ten annual flows), envelope = reference × (1 − rate), 1 ha guarantee for an eligible commune, consumption since 2021, pace, projection to 1 January 2031, first year of overshoot, with the trajectory chart; then the sources and data releases.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sections : introduction (cadre légal et procédure) ; (1) consommation d'espaces naturels, agricoles et forestiers (Cerema, en ha, par destination et en part du territoire) avec le graphique de la consommation annuelle de 2011 à la dernière année ; (2) bilan de l'artificialisation et de la renaturation et (3) surfaces imperméabilisées, à partir des chiffres de l'OCS GE lorsqu'ils sont fournis, sinon déclarés non disponibles ; (4) évaluation au regard de l'enveloppe 2021-2031 : référence 2011-2020 (dix flux annuels), enveloppe = référence × (1 − taux), garantie communale d'1 ha pour une commune éligible, consommation depuis 2021, rythme, projection au 1er janvier 2031, première année de dépassement, avec le graphique de trajectoire ; puis les sources et millésimes des données.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="157"/>
        <source>&lt;p&gt;&lt;b&gt;Rate&lt;/b&gt;: the RATE parameter when given (cite its document in Rate source); otherwise the territory&apos;s rate in the rates table (by default the table shipped with the plugin), falling back on its parents and on the regional rate of the SRADDET Hauts-de-France (54.47 %), which the report then says.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Taux&lt;/b&gt; : le paramètre Taux de réduction s'il est renseigné (citer son document dans Source du taux) ; sinon le taux du territoire dans la table des taux (par défaut celle fournie avec l'extension), à défaut celui de ses territoires parents puis le taux régional du SRADDET Hauts-de-France (54,47 %), ce que le rapport indique alors.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="157"/>
        <source>&lt;p&gt;When an input layer is recorded as synthetic in the aula_provenance table of its GeoPackage, every output is stamped SYNTHÉTIQUE. Files written in the output folder: rapport_triennal_&amp;lt;code&amp;gt;_&amp;lt;name&amp;gt;.pdf, .odt, .csv, _consommation_annuelle.png and _trajectoire.png (replaced if they exist).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lorsqu'une couche en entrée est déclarée synthétique dans la table aula_provenance de son GeoPackage, tous les résultats portent la mention SYNTHÉTIQUE. Fichiers écrits dans le dossier de sortie : rapport_triennal_&amp;lt;code&amp;gt;_&amp;lt;nom&amp;gt;.pdf, .odt, .csv, _consommation_annuelle.png et _trajectoire.png (remplacés s'ils existent).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="197"/>
        <source>NAF consumption (long table zan_consommation)</source>
        <translation>Consommation d'espaces NAF (table longue zan_consommation)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="202"/>
        <source>Table with one row per commune, year and destination: insee, annee, destination (naf = total, act, hab, mix, rou, fer, inc), surface_m2, as written by the Cerema import into the working GeoPackage.</source>
        <translation>Table à une ligne par commune, année et destination : insee, annee, destination (naf = total, act, hab, mix, rou, fer, inc), surface_m2, telle qu'écrite par l'import Cerema dans le GeoPackage de travail.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="213"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="216"/>
        <source>Commune layer with the fields insee, nom, surface_ha and the membership fields (epci_siren, epci_nom…), such as the commune layer of the territory GeoPackage.</source>
        <translation>Couche des communes avec les champs insee, nom, surface_ha et les champs d'appartenance (epci_siren, epci_nom…), comme la couche commune du GeoPackage du territoire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="225"/>
        <source>Territory field</source>
        <translation>Champ du territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="232"/>
        <source>Field of the commune layer selecting the territory: insee for a commune report, epci_siren for an EPCI report (any other field makes a report on the group of communes with that value).</source>
        <translation>Champ de la couche des communes qui désigne le territoire : insee pour le rapport d'une commune, epci_siren pour celui d'un EPCI (tout autre champ produit le rapport du groupe de communes ayant cette valeur).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="241"/>
        <source>Territory code</source>
        <translation>Code du territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="242"/>
        <source>Value of the territory field: a commune&apos;s INSEE code or an EPCI&apos;s SIREN.</source>
        <translation>Valeur du champ du territoire : code INSEE d'une commune ou SIREN d'un EPCI.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="247"/>
        <source>Territory name (optional)</source>
        <translation>Nom du territoire (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="250"/>
        <source>Name printed in the report. Empty: the commune&apos;s nom, or the epci_nom field of its communes for an EPCI.</source>
        <translation>Nom imprimé dans le rapport. Vide : le nom de la commune, ou le champ epci_nom de ses communes pour un EPCI.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="258"/>
        <source>Reduction rate (%, optional override)</source>
        <translation>Taux de réduction (%, facultatif, prioritaire)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="265"/>
        <source>Per cent of the 2011-2020 consumption to remove in 2021-2031 (54.47 in Hauts-de-France). Empty: the territory&apos;s rate from the rates table, else the regional 54.47 % with a note in the report.</source>
        <translation>Pourcentage de la consommation 2011-2020 à retrancher pour 2021-2031 (54,47 en Hauts-de-France). Vide : le taux du territoire dans la table des taux, à défaut le taux régional de 54,47 %, signalé dans le rapport.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="274"/>
        <source>Rate source (document, page, date)</source>
        <translation>Source du taux (document, page, date)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="277"/>
        <source>Document that sets the rate given in RATE, printed in the report (e.g. SCoT de l&apos;Artois, DOO p. 42, 2025).</source>
        <translation>Document qui fixe le taux saisi dans Taux de réduction, imprimé dans le rapport (par exemple SCoT de l'Artois, DOO p. 42, 2025).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="285"/>
        <source>Rates table (optional)</source>
        <translation>Table des taux (facultative)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="291"/>
        <source>Rates table (plugin CSV, GeoPackage with zan_taux_reduction, or the JSON of Mon Diagnostic Artificialisation). Empty: the table shipped with the plugin.</source>
        <translation>Table des taux (CSV de l'extension, GeoPackage contenant zan_taux_reduction ou JSON de Mon Diagnostic Artificialisation). Vide : la table fournie avec l'extension.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="300"/>
        <source>Commune eligible to the 1 ha guarantee</source>
        <translation>Commune éligible à la garantie communale d'1 ha</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="303"/>
        <source>Commune reports only: the commune's planning document was prescribed, arrêté or approved before 22 August 2026 (loi 2023-630), so its envelope is at least 1 ha. Never assumed.</source>
        <translation>Rapport d'une commune seulement : son document d'urbanisme a été prescrit, arrêté ou approuvé avant le 22 août 2026 (loi n° 2023-630), son enveloppe est donc d'au moins 1 ha. Jamais supposé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="312"/>
        <source>OCS GE artificialised stock (optional)</source>
        <translation>Surfaces artificialisées OCS GE (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="318"/>
        <source>Table from aula:zanartificialisation with the fields territory, millesime, artif_m2, impermeable_m2 (rows of the territory, or of its communes, which are summed). Empty: sections 2 and 3 say the data is not available.</source>
        <translation>Table produite par aula:zanartificialisation avec les champs territory, millesime, artif_m2, impermeable_m2 (lignes du territoire, ou de ses communes, alors additionnées). Vide : les sections 2 et 3 indiquent que la donnée n'est pas disponible.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="327"/>
        <source>OCS GE flows (optional)</source>
        <translation>Flux OCS GE (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="333"/>
        <source>Table from aula:zanartificialisation with the fields territory, millesime_1, millesime_2, artificialisation_m2, renaturation_m2, net_m2.</source>
        <translation>Table produite par aula:zanartificialisation avec les champs territory, millesime_1, millesime_2, artificialisation_m2, renaturation_m2, net_m2.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="341"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="344"/>
        <source>Folder receiving the PDF, ODT, CSV and the two PNG charts.</source>
        <translation>Dossier qui reçoit le PDF, l'ODT, le CSV et les deux graphiques PNG.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="347"/>
        <source>Report (PDF)</source>
        <translation>Rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="348"/>
        <source>Editable report (ODT)</source>
        <translation>Rapport modifiable (ODT)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="349"/>
        <source>Figures of the report (CSV)</source>
        <translation>Chiffres du rapport (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="350"/>
        <source>Annual consumption chart</source>
        <translation>Graphique de la consommation annuelle</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="353"/>
        <source>Trajectory chart</source>
        <translation>Graphique de la trajectoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="354"/>
        <source>Map of the territory</source>
        <translation>Carte du territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="384"/>
        <source>{layer}: missing field(s) {fields} (expected {expected})</source>
        <translation>{layer} : champ(s) manquant(s) {fields} (attendus : {expected})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="444"/>
        <source>{layer}: territory field {field} does not exist</source>
        <translation>{layer} : le champ du territoire {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="452"/>
        <source>Give the territory code (TERRITORY)</source>
        <translation>Indiquez le code du territoire (TERRITORY)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="459"/>
        <source>Reduction rate {value} % is above 100 %: refused</source>
        <translation>Taux de réduction de {value} % supérieur à 100 % : refusé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="574"/>
        <source>{territory}: report written to {folder}</source>
        <translation>{territory} : rapport écrit dans {folder}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="596"/>
        <source>{layer}: no polygon geometry: the report has no map</source>
        <translation>{layer} : pas de géométrie polygonale : le rapport est sans carte</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="608"/>
        <source>Cancelled by the user: no output was written</source>
        <translation>Annulé par l'utilisateur : aucun résultat n'a été écrit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="624"/>
        <source>The PDF could not be written to {path}: {error}</source>
        <translation>Le PDF n'a pas pu être écrit dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="662"/>
        <source>{layer}: no commune has {field} = {value}</source>
        <translation>{layer} : aucune commune n'a {field} = {value}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="701"/>
        <source>{layer}: no consumption row for the communes of {territory}</source>
        <translation>{layer} : aucune ligne de consommation pour les communes de {territory}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="708"/>
        <source>{layer}: release {release} not found (releases: {releases})</source>
        <translation>{layer} : millésime {release} introuvable (millésimes : {releases})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="721"/>
        <source>{layer}: several releases ({releases}); the most recent one, {release}, is reported (choose another with RELEASE)</source>
        <translation>{layer} : plusieurs millésimes ({releases}) ; le plus récent, {release}, est retenu (en choisir un autre avec RELEASE)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="840"/>
        <source>{layer}: no row for territory {territory} nor for its communes</source>
        <translation>{layer} : aucune ligne pour le territoire {territory} ni pour ses communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="903"/>
        <source>{layer}: {count} commune(s) of the territory have no row: {communes}</source>
        <translation>{layer} : {count} commune(s) du territoire sans ligne : {communes}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="915"/>
        <source>The 1 ha guarantee applies to eligible communes only: ignored for {t}</source>
        <translation>La garantie communale d'1 ha ne vaut que pour les communes éligibles : ignorée pour {t}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="926"/>
        <source>Synthetic input data: every output is stamped SYNTHÉTIQUE</source>
        <translation>Données d'entrée synthétiques : tous les résultats portent la mention SYNTHÉTIQUE</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="931"/>
        <source>{layer}: some communes have no surface_ha: the area is incomplete</source>
        <translation>{layer} : des communes n'ont pas de surface_ha : la surface est incomplète</translation>
    </message>
</context>
<context>
    <name>ZanTrajectory</name>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="191"/>
        <source>NAF consumption envelope and trajectory 2021-2031</source>
        <translation>Enveloppe et trajectoire de consommation d'espaces NAF 2021-2031</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="194"/>
        <source>zan,enaf,naf,envelope,trajectory,enveloppe,trajectoire,taux de réduction,sraddet,garantie communale,plui,consommation d'espaces</source>
        <translation>zan,enaf,naf,enveloppe,trajectoire,envelope,trajectory,taux de réduction,sraddet,garantie communale,plui,consommation d'espaces</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="200"/>
        <source>&lt;p&gt;Computes, per commune or per group of communes (EPCI, SCoT, PLUi…), the 2021-2031 envelope of natural, agricultural and forest (NAF) land consumption and where the territory stands on it, from the long consumption table &lt;i&gt;zan_consommation&lt;/i&gt; (Cerema annual flows, in m²) and a table of territorial reduction rates with their source documents.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Calcule, par commune ou par groupe de communes (EPCI, SCoT, PLUi…), l'enveloppe 2021-2031 de consommation d'espaces naturels, agricoles et forestiers (NAF) et la situation du territoire par rapport à elle, à partir de la table longue de consommation &lt;i&gt;zan_consommation&lt;/i&gt; (flux annuels du Cerema, en m²) et d'une table des taux de réduction territorialisés avec leurs documents sources.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="200"/>
        <source>&lt;p&gt;&lt;b&gt;Formulas&lt;/b&gt; (loi n° 2021-1104 Climat et Résilience, art. 191 and 194; loi n° 2023-630): reference C_ref = the ten annual flows 2011..2020 (naf11art12 … naf20art21, never naf21art22); envelope E = C_ref × (1 − r/100), r in per cent, may be negative, above 100 refused; target path T(t) = (t − 2020) × E/10; consumption since 2021 R(L) up to the last year L of the data; share used 100 × R/E; remaining max(0, E − R); pace p = R/(L − 2020); projection to 2031 p × 10; first year of overshoot; status.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Formules&lt;/b&gt; (loi n° 2021-1104 Climat et Résilience, art. 191 et 194 ; loi n° 2023-630) : référence C_ref = les dix flux annuels 2011..2020 (naf11art12 … naf20art21, jamais naf21art22) ; enveloppe E = C_ref × (1 − r/100), r en pour cent, éventuellement négatif, refusé au-delà de 100 ; trajectoire cible T(t) = (t − 2020) × E/10 ; consommation depuis 2021 R(L) jusqu'au dernier millésime L des données ; part consommée 100 × R/E ; reste max(0, E − R) ; rythme p = R/(L − 2020) ; projection au 1er janvier 2031 p × 10 ; première année de dépassement ; statut.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="200"/>
        <source>&lt;p&gt;&lt;b&gt;Rates&lt;/b&gt;: the shipped table (national 50 %, Hauts-de-France SRADDET 54.47 %, local rates of the SRADDET as published by Mon Diagnostic Artificialisation), or your own CSV, sparte JSON or GeoPackage table zan_taux_reduction. A territory without a rate of its own gets its parent&apos;s (EPCI, SCoT, region, nation) with a warning, e.g. regional rate applied; rate_fallback = 1 in the output.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Taux&lt;/b&gt; : la table fournie (national 50 %, SRADDET Hauts-de-France 54,47 %, taux locaux du SRADDET tels que publiés par Mon Diagnostic Artificialisation), ou votre propre CSV, JSON sparte ou table GeoPackage zan_taux_reduction. Un territoire sans taux propre reçoit celui de son parent (EPCI, SCoT, région, nation) avec un avertissement, par exemple « taux régional appliqué » ; rate_fallback = 1 dans le résultat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="200"/>
        <source>&lt;p&gt;&lt;b&gt;1 ha guarantee&lt;/b&gt;: only for communes marked eligible in the eligibility field (never assumed), and only per commune: groups get their own envelope without floor, and the sum of their communes&apos; envelopes separately. With a pooling field (PLUi), each PLUi is measured against the sum of its communes&apos; guaranteed envelopes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Garantie communale d'1 ha&lt;/b&gt; : uniquement pour les communes marquées éligibles dans le champ d'éligibilité (jamais supposé), et uniquement par commune : les groupes reçoivent leur propre enveloppe sans plancher, et la somme des enveloppes de leurs communes à part. Avec un champ de mutualisation (PLUi), chaque PLUi est comparé à la somme des enveloppes garanties de ses communes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="200"/>
        <source>&lt;p&gt;&lt;b&gt;Mon Diagnostic Artificialisation compatible&lt;/b&gt; mode reproduces that tool's trajectory table (r = 50, 1 ha floor at every level without eligibility, projection × 9): for comparisons only, stamped on every row. Decades 2031-2040 and 2041-2050 are scenarios (N_k = N_k−1 × (1 − r_k)), not rules: after 2031 the target is net artificialisation, another metric. Deductions (PENE, ground-mounted solar, renaturation) are off unless a table is given; both gross and net consumption are then written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le mode &lt;b&gt;compatible Mon Diagnostic Artificialisation&lt;/b&gt; reproduit la table de trajectoire de cet outil (r = 50, plancher d'1 ha à tous les échelons sans critère d'éligibilité, projection × 9) : pour comparaison uniquement, indiqué sur chaque ligne. Les décennies 2031-2040 et 2041-2050 sont des scénarios (N_k = N_k−1 × (1 − r_k)), pas des règles : après 2031 l'objectif porte sur l'artificialisation nette, une autre métrique. Les déductions (PENE, photovoltaïque au sol, renaturation) ne s'appliquent que si une table est fournie ; la consommation brute et la consommation nette sont alors écrites toutes deux.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="247"/>
        <source>NAF consumption (long table zan_consommation)</source>
        <translation>Consommation d'espaces NAF (table longue zan_consommation)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="252"/>
        <source>Table with insee, annee, destination, surface_m2 (rows naf are used).</source>
        <translation>Table avec insee, annee, destination, surface_m2 (seules les lignes naf sont utilisées).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="257"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="260"/>
        <source>Commune layer with the INSEE code and membership fields (epci_siren, scot_id, pole_id, territoire_id), e.g. the territory GeoPackage&apos;s commune layer.</source>
        <translation>Couche des communes avec le code INSEE et les champs d'appartenance (epci_siren, scot_id, pole_id, territoire_id), par exemple la couche commune du GeoPackage du territoire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="268"/>
        <source>INSEE code field</source>
        <translation>Champ du code INSEE</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="275"/>
        <source>Field of the commune layer holding the INSEE code (empty: insee).</source>
        <translation>Champ de la couche des communes contenant le code INSEE (vide : insee).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="278"/>
        <source>Group field (empty: per commune)</source>
        <translation>Champ de regroupement (vide : par commune)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="284"/>
        <source>Field grouping the communes into territories, e.g. epci_siren.</source>
        <translation>Champ regroupant les communes en territoires, par exemple epci_siren.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="287"/>
        <source>Rates table (empty: shipped table)</source>
        <translation>Table des taux (vide : table fournie)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="287"/>
        <source>Rates tables (*.csv *.json *.gpkg)</source>
        <translation>Tables des taux (*.csv *.json *.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="294"/>
        <source>CSV (territory_id, level, name, parent_id, rate_pct, document, page, date, in_local_document, url, comment), sparte JSON, or GeoPackage with the table zan_taux_reduction. Empty: resources/zan/taux_reduction.csv.</source>
        <translation>CSV (territory_id, level, name, parent_id, rate_pct, document, page, date, in_local_document, url, comment), JSON sparte, ou GeoPackage contenant la table zan_taux_reduction. Vide : resources/zan/taux_reduction.csv.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="303"/>
        <source>Rate id of a group key</source>
        <translation>Identifiant de taux d'une clé de groupe</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="306"/>
        <source>Template giving the rates-table id of a group key, with {key}. Empty: EPCI_{key} for an EPCI field, COMM_{key} per commune, else {key} itself.</source>
        <translation>Modèle donnant l'identifiant dans la table des taux d'une clé de groupe, avec {key}. Vide : EPCI_{key} pour un champ d'EPCI, COMM_{key} par commune, sinon {key} lui-même.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="315"/>
        <source>Rate for every territory (scenario, %)</source>
        <translation>Taux pour tous les territoires (scénario, %)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="321"/>
        <source>Replaces the rates table for every territory (e.g. 50); ≤ 100.</source>
        <translation>Remplace la table des taux pour tous les territoires (par exemple 50) ; ≤ 100.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="324"/>
        <source>1 ha guarantee eligibility field</source>
        <translation>Champ d'éligibilité à la garantie d'1 ha</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="330"/>
        <source>Field of the commune layer: 1 (or true, oui) for a commune eligible to the 1 ha guarantee; 0, empty or NULL otherwise. Empty: no commune gets the floor.</source>
        <translation>Champ de la couche des communes : 1 (ou true, oui) pour une commune éligible à la garantie communale d'1 ha ; 0, vide ou NULL sinon. Vide : aucune commune ne reçoit le plancher.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="338"/>
        <source>PLUi pooling field</source>
        <translation>Champ de mutualisation PLUi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="344"/>
        <source>Field of the commune layer with the PLUi key: one row per PLUi, measured against the sum of its communes&apos; guaranteed envelopes.</source>
        <translation>Champ de la couche des communes donnant la clé du PLUi : une ligne par PLUi, comparée à la somme des enveloppes garanties de ses communes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="353"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="353"/>
        <source>Legal</source>
        <translation>Légal</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="353"/>
        <source>Mon Diagnostic Artificialisation compatible</source>
        <translation>Compatible Mon Diagnostic Artificialisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="359"/>
        <source>Legal (default), or compatible with Mon Diagnostic Artificialisation: r = 50, 1 ha floor at every level without eligibility, projection × 9.</source>
        <translation>Légal (par défaut), ou compatible avec Mon Diagnostic Artificialisation : r = 50, plancher d'1 ha à tous les échelons sans critère d'éligibilité, projection × 9.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="367"/>
        <source>Scenario rate 2031-2040 (%)</source>
        <translation>Taux du scénario 2031-2040 (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="367"/>
        <source>Scenario rate 2041-2050 (%)</source>
        <translation>Taux du scénario 2041-2050 (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="374"/>
        <source>Reduction of the previous decade&apos;s allowance: a scenario.</source>
        <translation>Réduction de l'enveloppe de la décennie précédente : un scénario.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="378"/>
        <source>Deduction: projects of national or European scope (PENE)</source>
        <translation>Déduction : projets d'envergure nationale ou européenne (PENE)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="378"/>
        <source>Deduction: qualifying ground-mounted solar farms</source>
        <translation>Déduction : installations photovoltaïques au sol répondant aux conditions</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="378"/>
        <source>Deduction: renaturation</source>
        <translation>Déduction : renaturation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="386"/>
        <source>Table with insee, annee (≥ 2021), surface_m2; off when empty.</source>
        <translation>Table avec insee, annee (≥ 2021), surface_m2 ; sans effet si vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="390"/>
        <source>Trajectories</source>
        <translation>Trajectoires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="393"/>
        <source>One row per territory with every figure and the rate&apos;s source.</source>
        <translation>Une ligne par territoire avec tous les indicateurs et la source du taux.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="395"/>
        <source>Trajectories per year</source>
        <translation>Trajectoires par année</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="398"/>
        <source>One row per territory and year 2021..2030: target and consumed.</source>
        <translation>Une ligne par territoire et par année 2021..2030 : cible et consommation.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="420"/>
        <source>{layer}: field {field} does not exist</source>
        <translation>{layer} : le champ {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="425"/>
        <source>{layer}: field {field} is not numeric</source>
        <translation>{layer} : le champ {field} n'est pas numérique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="448"/>
        <source>{parameter}: rate {value} % is above 100 %: refused</source>
        <translation>{parameter} : le taux de {value} % dépasse 100 % : refusé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="476"/>
        <source>{layer}: give either a group field ({group}) or a PLUi pooling field ({pool}), not both</source>
        <translation>{layer} : indiquez soit un champ de regroupement ({group}), soit un champ de mutualisation PLUi ({pool}), pas les deux</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="504"/>
        <source>{parameter}: the template {value!r} has no {{key}}</source>
        <translation>{parameter} : le modèle {value!r} ne contient pas {{key}}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="559"/>
        <source>Cancelled by the user: no output was written</source>
        <translation>Annulé par l'utilisateur : aucun résultat n'a été écrit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="722"/>
        <source>{layer}: feature {fid}: field {field} is NULL</source>
        <translation>{layer} : entité {fid} : le champ {field} est NULL</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="593"/>
        <source>{layer}: feature {fid}: {field} = {value} is not an integer</source>
        <translation>{layer} : entité {fid} : {field} = {value} n'est pas un entier</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="599"/>
        <source>{layer}: commune {insee}, year {year} appears more than once</source>
        <translation>{layer} : la commune {insee}, année {year}, apparaît plusieurs fois</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="656"/>
        <source>{layer}: feature {fid} has an empty {field}</source>
        <translation>{layer} : l'entité {fid} a un champ {field} vide</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="662"/>
        <source>{layer}: commune {insee} appears more than once</source>
        <translation>{layer} : la commune {insee} apparaît plusieurs fois</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="673"/>
        <source>{layer}: commune {insee}: eligibility {field} = {value!r} is not 1/0, true/false or oui/non</source>
        <translation>{layer} : commune {insee} : l'éligibilité {field} = {value!r} n'est ni 1/0, ni true/false, ni oui/non</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="690"/>
        <source>{layer}: the layer has no feature</source>
        <translation>{layer} : la couche ne contient aucune entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="699"/>
        <source>{layer}: {count} commune(s) without a group key are left out: {list}</source>
        <translation>{layer} : {count} commune(s) sans clé de groupe sont écartées : {list}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="729"/>
        <source>{layer}: feature {fid}: year {year}: deductions only apply to consumption since 2021</source>
        <translation>{layer} : entité {fid} : année {year} : les déductions ne portent que sur la consommation depuis 2021</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="756"/>
        <source>{layer}: {count} commune(s) not in {communes} are ignored</source>
        <translation>{layer} : {count} commune(s) absentes de {communes} sont ignorées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="780"/>
        <source>… and {count} more warning(s): see the field rate_warning</source>
        <translation>… et {count} autre(s) avertissement(s) : voir le champ rate_warning</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="788"/>
        <source>Mon Diagnostic Artificialisation compatible mode: r = 50, 1 ha floor at every level without eligibility, projection × 9; for comparison, not the legal figures</source>
        <translation>Mode compatible Mon Diagnostic Artificialisation : r = 50, plancher d'1 ha à tous les échelons sans critère d'éligibilité, projection × 9 ; pour comparaison, ce ne sont pas les chiffres réglementaires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="798"/>
        <source>{count} territory(ies) written</source>
        <translation>{count} territoire(s) écrit(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="617"/>
        <source>{layer}: no release field to choose release {release}</source>
        <translation>{layer} : aucun champ release pour choisir le millésime {release}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="629"/>
        <source>{layer}: several releases ({releases}); {release} is used</source>
        <translation>{layer} : plusieurs millésimes ({releases}) ; {release} est utilisé</translation>
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
        <location filename="../aula_plugin/core/workcopy.py" line="63"/>
        <source>{path}: the territory GeoPackage shipped with the plugin is missing</source>
        <translation>{path} : le GeoPackage du territoire fourni avec l'extension est manquant</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="176"/>
        <source>{file}: not a Cerema NAF consumption file. Expected a commune code column idcom and annual columns naf{{AA}}art{{AA+1}} (e.g. naf11art12) with destinations art{{AA}}hab{{AA+1}}…; found: {found}</source>
        <translation>{file} : ce n'est pas un fichier Cerema de consommation d'espaces NAF. Attendu : une colonne de code commune idcom et des colonnes annuelles naf{{AA}}art{{AA+1}} (par exemple naf11art12) avec les destinations art{{AA}}hab{{AA+1}}… ; trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="180"/>
        <source>{file}: the annual columns have a gap: {missing} missing between {first} and {last}</source>
        <translation>{file} : les colonnes annuelles ont un trou : {missing} manquant(s) entre {first} et {last}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="182"/>
        <source>{file}: the reference decade 2011-2020 is incomplete (annual columns {missing} missing: expected naf11art12 … naf20art21)</source>
        <translation>{file} : la décennie de référence 2011-2020 est incomplète (colonnes annuelles {missing} manquantes ; attendu : naf11art12 … naf20art21)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="185"/>
        <source>{file}: year {year} has no destination columns art{yy}act{next}, art{yy}hab{next}…</source>
        <translation>{file} : l'année {year} n'a pas de colonnes de destination art{yy}act{next}, art{yy}hab{next}…</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="187"/>
        <source>{file}: {count} value(s) are not whole m² (e.g. column {column}, commune {insee}: {value}): Cerema files give integer m². Decimal values suggest hectares: nothing was imported</source>
        <translation>{file} : {count} valeur(s) ne sont pas des m² entiers (par exemple colonne {column}, commune {insee} : {value}) : les fichiers du Cerema donnent des m² entiers. Des valeurs décimales font penser à des hectares : rien n'a été importé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="190"/>
        <source>{file}: column {column}, commune {insee}: {value!r} is not a number</source>
        <translation>{file} : colonne {column}, commune {insee} : {value!r} n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="192"/>
        <source>{file}: column {column} totals {total} while comparable columns total about {typical}: the file mixes units (m² and ha?). Nothing was imported</source>
        <translation>{file} : la colonne {column} totalise {total} alors que les colonnes comparables totalisent environ {typical} : le fichier mélange les unités (m² et ha ?). Rien n'a été importé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="195"/>
        <source>{file}: {count} commune code(s) do not match the INSEE pattern (5 characters, digits or 2A/2B): {codes}</source>
        <translation>{file} : {count} code(s) de commune ne suivent pas le format INSEE (5 caractères, chiffres ou 2A/2B) : {codes}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="198"/>
        <source>{file}: {count} commune code(s) appear more than once: {codes}</source>
        <translation>{file} : {count} code(s) de commune apparaissent plusieurs fois : {codes}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="200"/>
        <source>{file}: the file has no commune rows</source>
        <translation>{file} : le fichier ne contient aucune ligne de commune</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="71"/>
        <source>{path} is the plugin&apos;s shipped GeoPackage (or lies inside the plugin folder), which is replaced on every upgrade: open the territory project first (it makes your working copy) and import into that copy, or choose another GeoPackage</source>
        <translation>{path} est le GeoPackage livré avec l'extension (ou se trouve dans son dossier), remplacé à chaque mise à jour : ouvrez d'abord le projet du territoire (il crée votre copie de travail) et importez dans cette copie, ou choisissez un autre GeoPackage</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="75"/>
        <source>{path}: the GeoPackage does not exist</source>
        <translation>{path} : le GeoPackage n'existe pas</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="76"/>
        <source>{path}: not a GeoPackage ({reason})</source>
        <translation>{path} : ce n'est pas un GeoPackage ({reason})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="77"/>
        <source>{path}: the GeoPackage is read-only: nothing was written. Choose a GeoPackage you can write to</source>
        <translation>{path} : le GeoPackage est en lecture seule : rien n'a été écrit. Choisissez un GeoPackage accessible en écriture</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="80"/>
        <source>{path}: the GeoPackage is locked by another program or is read-only ({reason}): nothing was written. Close the other program (or stop editing its layers) and try again</source>
        <translation>{path} : le GeoPackage est verrouillé par un autre programme ou en lecture seule ({reason}) : rien n'a été écrit. Fermez l'autre programme (ou quittez l'édition de ses couches) et réessayez</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="83"/>
        <source>{path}: writing failed ({reason}): nothing was written</source>
        <translation>{path} : l'écriture a échoué ({reason}) : rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="85"/>
        <source>{path}: no table {table}: import a Cerema file first (aula:zanimportconsumption)</source>
        <translation>{path} : pas de table {table} : importez d'abord un fichier du Cerema (aula:zanimportconsumption)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cog.py" line="35"/>
        <source>{file}, line {line}: {problem}. Expected columns cog_year, kind (fusion, scission or absente), old_insee, new_insee, share (per cent, for scissions)</source>
        <translation>{file}, ligne {line} : {problem}. Colonnes attendues : cog_year, kind (fusion, scission ou absente), old_insee, new_insee, share (en pour cent, pour les scissions)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cog.py" line="38"/>
        <source>{file}: COG {year}, scission of {insee}: the shares add up to {total} %, not 100 %</source>
        <translation>{file} : COG {year}, scission de {insee} : les parts totalisent {total} %, et non 100 %</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="24"/>
        <source>The period {first}-{last} is empty: the first year must not come after the last one</source>
        <translation>La période {first}-{last} est vide : la première année ne doit pas être postérieure à la dernière</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="26"/>
        <source>The consumption table has no data for year(s) {missing} of the period {first}-{last} (it covers {available})</source>
        <translation>La table de consommation n'a pas de données pour la ou les années {missing} de la période {first}-{last} (elle couvre {available})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="29"/>
        <source>{count} commune(s) of the grouping are missing from the consumption table and count as zero: {codes}</source>
        <translation>{count} commune(s) du regroupement absente(s) de la table de consommation, comptée(s) pour zéro : {codes}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="32"/>
        <source>{count} commune(s) have an empty group and were left out: {codes}</source>
        <translation>{count} commune(s) sans groupe écartée(s) : {codes}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="34"/>
        <source>Group {group}: area unknown or zero for {count} member(s): its share of the area is left empty</source>
        <translation>Groupe {group} : surface inconnue ou nulle pour {count} membre(s) : sa part du territoire reste vide</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="37"/>
        <source>None of the communes of the grouping is in the consumption table: check the commune codes</source>
        <translation>Aucune commune du regroupement ne figure dans la table de consommation : vérifiez les codes des communes</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/model.py" line="55"/>
        <source>Unknown consumption destination {value!r}</source>
        <translation>Destination de consommation inconnue : {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/model.py" line="101"/>
        <source>The consumption table is empty</source>
        <translation>La table de consommation est vide</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="69"/>
        <source>{layer}: no OCS GE code fields (code_cs and code_us, or couverture and usage) in {fields}</source>
        <translation>{layer} : aucun champ de code OCS GE (code_cs et code_us, ou couverture et usage) parmi {fields}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="71"/>
        <source>{layer}: this looks like the regional OCS2D Hauts-de-France (fields {fields}), not IGN&apos;s OCS GE: its codes look alike but mean something else (CS6 = herbaceous, US5.x = housing types). It is refused: give an OCS GE layer (code_cs, code_us)</source>
        <translation>{layer} : cette couche ressemble à l'OCS2D régionale Hauts-de-France (champs {fields}), pas à l'OCS GE de l'IGN : ses codes se ressemblent mais n'ont pas le même sens (CS6 = herbacé, US5.x = types d'habitat). Elle est refusée : fournissez une couche OCS GE (code_cs, code_us)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="75"/>
        <source>Land-cover layers of different nomenclatures cannot be combined: {detail}</source>
        <translation>Des couches d'occupation du sol de nomenclatures différentes ne peuvent pas être combinées : {detail}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="77"/>
        <source>{layer}: field {field}: {count} value(s) are not OCS GE v2 codes, e.g. {examples}</source>
        <translation>{layer} : champ {field} : {count} valeur(s) ne sont pas des codes OCS GE v2, par exemple {examples}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="79"/>
        <source>{layer}: field {field}: codes {examples} are OCS2D Hauts-de-France codes (CS3 to CS6, US5.x, US7 do not exist in OCS GE): the regional OCS2D cannot be mixed with OCS GE</source>
        <translation>{layer} : champ {field} : les codes {examples} sont des codes OCS2D Hauts-de-France (CS3 à CS6, US5.x, US7 n'existent pas dans l'OCS GE) : l'OCS2D régionale ne peut pas être mélangée avec l'OCS GE</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="82"/>
        <source>{layer}: field artif: value {value!r} is neither &apos;artif&apos; nor &apos;non artif&apos;</source>
        <translation>{layer} : champ artif : la valeur {value!r} n'est ni « artif » ni « non artif »</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="84"/>
        <source>{layer}: the IGN method needs the artif field of the OCS GE artificialisation product</source>
        <translation>{layer} : la méthode IGN demande le champ artif du produit artificialisation de l'OCS GE</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="86"/>
        <source>{layer}: no millésime: no millesime field and no year in the layer name</source>
        <translation>{layer} : aucun millésime : pas de champ millesime ni d'année dans le nom de la couche</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="88"/>
        <source>{layer}: field millesime: value {value!r} is not a year</source>
        <translation>{layer} : champ millesime : la valeur {value!r} n'est pas une année</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="90"/>
        <source>{path}: line {line}: the artificialisation matrix is malformed ({detail})</source>
        <translation>{path} : ligne {line} : la matrice d'artificialisation est mal formée ({detail})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="56"/>
        <source>Rates table {table}: file not found</source>
        <translation>Table des taux {table} : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="57"/>
        <source>Rates table {table}: not a list of territorialisation objectives (JSON): {error}</source>
        <translation>Table des taux {table} : ce n'est pas une liste d'objectifs de territorialisation (JSON) : {error}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="59"/>
        <source>Rates table {table}: entry {index} has no field {field}</source>
        <translation>Table des taux {table} : l'entrée {index} n'a pas de champ {field}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="61"/>
        <source>Rates table {table}: missing column(s) {columns} (expected {expected})</source>
        <translation>Table des taux {table} : colonne(s) manquante(s) {columns} (attendu : {expected})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="63"/>
        <source>Rates table {table}: the GeoPackage has no table {name}</source>
        <translation>Table des taux {table} : le GeoPackage ne contient pas de table {name}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="65"/>
        <source>Rates table {table}, row {row}: empty territory_id</source>
        <translation>Table des taux {table}, ligne {row} : territory_id vide</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="67"/>
        <source>Rates table {table}: territory {territory} appears more than once (rows {rows})</source>
        <translation>Table des taux {table} : le territoire {territory} apparaît plusieurs fois (lignes {rows})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="69"/>
        <source>Rates table {table}, row {row} ({territory}): field {field} {value!r} is not a number</source>
        <translation>Table des taux {table}, ligne {row} ({territory}) : le champ {field} {value!r} n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="71"/>
        <source>Rates table {table}, row {row} ({territory}): field {field} = {value} is above 100 %</source>
        <translation>Table des taux {table}, ligne {row} ({territory}) : le champ {field} = {value} dépasse 100 %</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="73"/>
        <source>Rates table {table}: parent {parent} of {territory} is not in the table</source>
        <translation>Table des taux {table} : le parent {parent} de {territory} est absent de la table</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="75"/>
        <source>Rates table {table}: no rate for {territory} nor any of its parents ({chain})</source>
        <translation>Table des taux {table} : aucun taux pour {territory} ni pour ses parents ({chain})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="78"/>
        <source>{territory}: no reduction rate of its own: regional rate applied ({parent}, {rate} %)</source>
        <translation>{territory} : pas de taux de réduction propre : taux régional appliqué ({parent}, {rate} %)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="80"/>
        <source>{territory}: no reduction rate of its own: national rate applied ({parent}, {rate} %, indicative)</source>
        <translation>{territory} : pas de taux de réduction propre : taux national appliqué ({parent}, {rate} %, indicatif)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="83"/>
        <source>{territory}: no reduction rate of its own: rate of {parent} applied ({rate} %)</source>
        <translation>{territory} : pas de taux de réduction propre : taux de {parent} appliqué ({rate} %)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report.py" line="294"/>
        <source>Unknown territory kind {value!r}</source>
        <translation>Type de territoire inconnu {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report.py" line="304"/>
        <source>{territory}: no NAF consumption for the year(s) {years}</source>
        <translation>{territory} : aucune consommation d'espaces NAF pour la ou les années {years}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_charts.py" line="33"/>
        <source>The report charts need matplotlib, which ships with QGIS: install python3-matplotlib (Debian) or use a QGIS installation that includes it ({error})</source>
        <translation>Les graphiques du rapport nécessitent matplotlib, fourni avec QGIS : installez python3-matplotlib (Debian) ou utilisez une installation de QGIS qui l'inclut ({error})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="65"/>
        <source>Unknown trajectory mode {value!r} (expected legal or mda_compatible)</source>
        <translation>Mode de trajectoire inconnu {value!r} (attendu : legal ou mda_compatible)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="52"/>
        <source>{layer}: no commune to compute</source>
        <translation>{layer} : aucune commune à calculer</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="53"/>
        <source>{table}: no consumption (destination naf) for {count} commune(s) of {layer}: {communes}</source>
        <translation>{table} : aucune consommation (destination naf) pour {count} commune(s) de {layer} : {communes}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="55"/>
        <source>{table}: the communes do not all end the same year ({years}): each territory uses its own</source>
        <translation>{table} : les communes ne s'arrêtent pas toutes au même millésime ({years}) : chaque territoire utilise le sien</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="57"/>
        <source>The 1 ha guarantee applies to eligible communes only: it is not applied to the territories of {field} (their sum of commune envelopes is given in sum_commune_envelopes_m2)</source>
        <translation>La garantie communale d'1 ha ne s'applique qu'aux communes éligibles : elle n'est pas appliquée aux territoires de {field} (la somme des enveloppes de leurs communes figure dans sum_commune_envelopes_m2)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="60"/>
        <source>{table}: {count} commune(s) are not in the communes layer and were ignored: {communes}</source>
        <translation>{table} : {count} commune(s) absentes de la couche des communes ont été ignorées : {communes}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="52"/>
        <source>{label}reduction rate {value!r} is not a number (per cent, e.g. 54.47)</source>
        <translation>{label}le taux de réduction {value!r} n'est pas un nombre (en pour cent, par exemple 54.47)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="54"/>
        <source>{label}reduction rate {value} % is above 100 %: refused</source>
        <translation>{label}le taux de réduction de {value} % dépasse 100 % : refusé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="56"/>
        <source>{label}the consumption does not cover the reference decade 2011..2020: missing year(s) {years}</source>
        <translation>{label}la consommation ne couvre pas la décennie de référence 2011..2020 : année(s) manquante(s) {years}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="59"/>
        <source>{label}the consumption has no annual flow from 2021 on: the trajectory needs at least 2021</source>
        <translation>{label}la consommation n'a aucun flux annuel à partir de 2021 : la trajectoire demande au moins 2021</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="61"/>
        <source>{label}the consumption has a gap: missing year(s) {years} between 2011 and {last}</source>
        <translation>{label}la consommation présente un trou : année(s) manquante(s) {years} entre 2011 et {last}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="63"/>
        <source>{label}the consumption of year {year} is not an integer number of m²: {value!r}</source>
        <translation>{label}la consommation de l'année {year} n'est pas un nombre entier de m² : {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="67"/>
        <source>The projection horizon must be a positive number of years, not {value!r}</source>
        <translation>L'horizon de projection doit être un nombre d'années positif, pas {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="69"/>
        <source>{label}deduction of year {year} is not an integer number of m²: {value!r}</source>
        <translation>{label}la déduction de l'année {year} n'est pas un nombre entier de m² : {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="71"/>
        <source>{label}deduction for year {year}: deductions only apply to consumption since 2021</source>
        <translation>{label}déduction pour l'année {year} : les déductions ne portent que sur la consommation depuis 2021</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/overlay.py" line="159"/>
        <source>{layer}: {count} invalid geometry(ies) repaired with makeValid</source>
        <translation>{layer} : {count} géométrie(s) invalide(s) réparée(s) avec makeValid</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/overlay.py" line="161"/>
        <source>{layer}: no commune with a code in field {field} and a geometry</source>
        <translation>{layer} : aucune commune avec un code dans le champ {field} et une géométrie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/overlay.py" line="163"/>
        <source>{layer}: reprojected from {crs} to EPSG:2154 (Lambert-93) to measure areas</source>
        <translation>{layer} : reprojetée de {crs} en EPSG:2154 (Lambert-93) pour mesurer les surfaces</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_cerema_io.py" line="25"/>
        <source>{path}: cannot open the file ({reason})</source>
        <translation>{path} : impossible d'ouvrir le fichier ({reason})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_cerema_io.py" line="26"/>
        <source>{path}: no layer {layer} (layers: {layers})</source>
        <translation>{path} : pas de couche {layer} (couches : {layers})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_cerema_io.py" line="27"/>
        <source>{path}: the text is neither UTF-8 nor Latin-1: save the file as UTF-8 and try again</source>
        <translation>{path} : le texte n'est ni en UTF-8 ni en Latin-1 : enregistrez le fichier en UTF-8 et réessayez</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/model.py" line="139"/>
        <source>{layer}: no release {release} (releases: {releases})</source>
        <translation>{layer} : aucun millésime {release} (millésimes : {releases})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="91"/>
        <source>Unknown edge smoothing rule {rule}: use none, R2022A or R2023A.</source>
        <translation>Règle de lissage des bords inconnue {rule} : utiliser none, R2022A ou R2023A.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="99"/>
        <source>Contiguity must be 4 (rook) or 8 (queen), not {value}.</source>
        <translation>La contiguïté doit valoir 4 (tour) ou 8 (dame), pas {value}.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="254"/>
        <source>The population grid is empty.</source>
        <translation>La grille de population est vide.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="256"/>
        <source>The grids differ in size: population {pop}, built-up {built}, land {land}.</source>
        <translation>Les grilles n'ont pas la même taille : population {pop}, bâti {built}, terres {land}.</translation>
    </message>
</context>
</TS>
