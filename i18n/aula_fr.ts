<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AggregateIndicators</name>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="62"/>
        <source>Aggregate indicators to a parent level</source>
        <translation>Agréger des indicateurs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="65"/>
        <source>aggregate,sum,rate,ratio,epci,scot,commune,indicator,agréger,taux,somme</source>
        <translation>agréger,somme,taux,ratio,epci,scot,commune,indicateur,aggregate,sum,rate</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="70"/>
        <source>Input layer (communes)</source>
        <translation>Couche en entrée (communes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="73"/>
        <source>Layer or table holding one feature per commune (or any member unit).</source>
        <translation>Couche ou table comportant une entité par commune (ou par unité membre).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="78"/>
        <source>Parent key field (empty: whole territory)</source>
        <translation>Champ clé du parent (vide : territoire entier)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="85"/>
        <source>Field of the input layer giving each feature&apos;s parent (e.g. epci_siren, scot_id). Empty: the whole layer is one group, keyed territoire = ensemble.</source>
        <translation>Champ de la couche en entrée qui donne le parent de chaque entité (par ex. epci_siren, scot_id). Vide : toute la couche forme un seul groupe, de clé territoire = ensemble.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="93"/>
        <source>Fields to sum (counts, stocks)</source>
        <translation>Champs à additionner (effectifs, stocks)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="101"/>
        <source>Numeric fields summed per parent (population, dwellings, areas). Never put a rate here: give it in the rates table.</source>
        <translation>Champs numériques additionnés par parent (population, logements, surfaces). Ne mettez jamais un taux ici : donnez-le dans la table des taux.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="109"/>
        <source>Rates (ratio of sums)</source>
        <translation>Taux (rapport de sommes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="109"/>
        <source>Output field</source>
        <translation>Champ de sortie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="109"/>
        <source>Numerator field</source>
        <translation>Champ numérateur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="109"/>
        <source>Denominator field</source>
        <translation>Champ dénominateur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="109"/>
        <source>Multiplier</source>
        <translation>Multiplicateur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="131"/>
        <source>Parent layer (optional, for geometries)</source>
        <translation>Couche des parents (facultative, pour les géométries)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="137"/>
        <source>Layer of the parents (e.g. EPCI polygons). When given, each output row gets its parent&apos;s geometry and the output its CRS; otherwise the output is a table.</source>
        <translation>Couche des parents (par ex. les polygones des EPCI). Si elle est donnée, chaque ligne de sortie reçoit la géométrie de son parent et la sortie son SCR ; sinon la sortie est une table.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="145"/>
        <source>Key field of the parent layer</source>
        <translation>Champ clé de la couche des parents</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="152"/>
        <source>Field of the parent layer matching the parent key field (compared as text). Empty: the field of the parent layer named like the parent key field.</source>
        <translation>Champ de la couche des parents correspondant au champ clé du parent (comparé comme du texte). Vide : le champ de la couche des parents nommé comme le champ clé du parent.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="177"/>
        <source>Aggregated indicators</source>
        <translation>Indicateurs agrégés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="213"/>
        <source>{layer}: the layer has no feature</source>
        <translation>{layer} : la couche ne contient aucune entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="233"/>
        <source>{layer}: a parent layer ({parent_layer}) needs a parent key field in the input layer</source>
        <translation>{layer} : une couche des parents ({parent_layer}) exige un champ clé du parent dans la couche en entrée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="301"/>
        <source>{layer}: {count} parent(s) written</source>
        <translation>{layer} : {count} parent(s) écrit(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="160"/>
        <source>Name field of the parent layer (optional)</source>
        <translation>Champ du nom dans la couche des parents (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="167"/>
        <source>Field of the parent layer giving each parent&apos;s name (nom_territoire column). Empty: the name field of the parents&apos; kind (epci_nom for epci_siren), else nom or name; without a parent layer, the input&apos;s field of that kind (epci_nom), when all the members of a parent give the same name.</source>
        <translation>Champ de la couche des parents qui donne le nom de chaque parent (colonne nom_territoire). Vide : le champ du nom de ce type de parent (epci_nom pour epci_siren), sinon nom ou name ; sans couche des parents, le champ de ce type dans la couche d'entrée (epci_nom), quand tous les membres d'un parent donnent le même nom.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="180"/>
        <source>One row per parent: parent key, nb_features, the sums, the rates and the parent&apos;s name; with the parents&apos; geometries when a parent layer is given, else a table.</source>
        <translation>Une ligne par parent : clé du parent, nb_features, les sommes, les taux et le nom du parent ; avec les géométries des parents quand une couche des parents est donnée, sinon une table.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="122"/>
        <source>One row per rate: output field, numerator field, denominator field, multiplier (empty = 1). Computed as Σ numerator / Σ denominator × multiplier. From a script: see the README.</source>
        <translation>Une ligne par taux : champ de sortie, champ numérateur, champ dénominateur, multiplicateur (vide = 1). Calculé comme Σ numérateur / Σ dénominateur × multiplicateur. Depuis un script : voir le README.</translation>
    </message>
</context>
<context>
    <name>AulaAlgorithm</name>
    <message>
        <location filename="../processing/base.py" line="83"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="84"/>
        <source>Green and blue network</source>
        <translation>Trame verte et bleue</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="85"/>
        <source>Centralities</source>
        <translation>Centralités</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="86"/>
        <source>ZAN</source>
        <translation>ZAN</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="87"/>
        <source>SCoT compatibility</source>
        <translation>Compatibilité SCoT</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="54"/>
        <source>Cancelled by the user: no output was written</source>
        <translation>Annulé par l'utilisateur : aucune sortie n'a été écrite</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="88"/>
        <source>Data package</source>
        <translation>Paquet de données</translation>
    </message>
</context>
<context>
    <name>AulaPlugin</name>
    <message>
        <location filename="../aula_plugin/plugin.py" line="59"/>
        <source>Open the territory project</source>
        <translation>Ouvrir le projet du territoire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="62"/>
        <source>Indicator fact sheets</source>
        <translation>Fiches indicateurs</translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="66"/>
        <source>Choose the working folder…</source>
        <translation>Choisir le dossier de travail…</translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="69"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="63"/>
        <source>SCoT compatibility results</source>
        <translation>Résultats de compatibilité SCoT</translation>
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
    <name>CentraParameters</name>
    <message>
        <location filename="../processing/centralities_parameters.py" line="113"/>
        <source>BPE (INSEE)</source>
        <translation>BPE (Insee)</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="114"/>
        <source>SIRENE (geolocated)</source>
        <translation>SIRENE (géolocalisé)</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="115"/>
        <source>Any point layer with a function field</source>
        <translation>Toute couche de points avec un champ de fonction</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="119"/>
        <source>Function field</source>
        <translation>Champ de fonction</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="119"/>
        <source>C, S, E (or commerce, service, équipement); X excluded.</source>
        <translation>C, S, E (ou commerce, service, équipement) ; X exclu.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="119"/>
        <source>Type field</source>
        <translation>Champ du type</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="119"/>
        <source>Equipment type, for the level.</source>
        <translation>Type d'équipement, pour le niveau.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="119"/>
        <source>Identifier field</source>
        <translation>Champ identifiant</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="119"/>
        <source>Stable identifier of a point.</source>
        <translation>Identifiant stable d'un point.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="141"/>
        <source>Commune code field</source>
        <translation>Champ du code commune</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="141"/>
        <source>Commune name field</source>
        <translation>Champ du nom de commune</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="146"/>
        <source>Dwellings field</source>
        <translation>Champ du nombre de logements</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="155"/>
        <source>Activity points</source>
        <translation>Points d'activité</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="155"/>
        <source>BPE equipment, SIRENE establishments or any point layer with a function.</source>
        <translation>Équipements de la BPE, établissements SIRENE ou toute couche de points avec une fonction.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="161"/>
        <source>Format of the activity points</source>
        <translation>Format des points d'activité</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="161"/>
        <source>BPE: TYPEQU codes; SIRENE: NAF codes; both mapped to functions with the versioned tables shipped with the plugin.</source>
        <translation>BPE : codes TYPEQU ; SIRENE : codes NAF ; tous deux convertis en fonctions par les tables versionnées livrées avec l'extension.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="174"/>
        <source>Skip unknown codes</source>
        <translation>Ignorer les codes inconnus</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="174"/>
        <source>Otherwise unknown codes stop the run and are listed.</source>
        <translation>Sinon, les codes inconnus arrêtent le calcul et sont listés.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="180"/>
        <source>Dwelling points</source>
        <translation>Points de logements</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="180"/>
        <source>Points with a number of dwellings (e.g. Fichiers fonciers).</source>
        <translation>Points portant un nombre de logements (par exemple Fichiers fonciers).</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="189"/>
        <source>Number of dwellings of each point.</source>
        <translation>Nombre de logements de chaque point.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="190"/>
        <source>Dwellings grid</source>
        <translation>Grille de logements</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="190"/>
        <source>Raster of dwellings per cell, area-weighted (instead of dwelling points).</source>
        <translation>Raster du nombre de logements par cellule, pondéré par la surface (au lieu de points de logements).</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="198"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="198"/>
        <source>Perimeters are split by commune.</source>
        <translation>Les périmètres sont découpés par commune.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="208"/>
        <source>Barriers</source>
        <translation>Coupures</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="208"/>
        <source>Railways, motorways, wide rivers: links crossing a line are cut; polygons also cut links and are removed from the perimeters.</source>
        <translation>Voies ferrées, autoroutes, cours d'eau larges : les liaisons qui croisent une ligne sont coupées ; les polygones coupent aussi les liaisons et sont retirés des périmètres.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="226"/>
        <source>Counted inside the perimeter.</source>
        <translation>Comptés dans le périmètre.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="227"/>
        <source>Level thresholds (equipment types)</source>
        <translation>Seuils de niveau (types d'équipements)</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="232"/>
        <source>Proximity; intermediate; structuring.</source>
        <translation>Proximité ; intermédiaire ; structurante.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="233"/>
        <source>Peripheral pole: share of big-box activities above</source>
        <translation>Pôle périphérique : part de grandes surfaces au-delà de</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="233"/>
        <source>Hypermarkets, supermarkets and other big-box formats.</source>
        <translation>Hypermarchés, supermarchés et autres grandes surfaces.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="243"/>
        <source>Link distance (m)</source>
        <translation>Distance de liaison (m)</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="243"/>
        <source>Activities at most this far apart are linked (100 m).</source>
        <translation>Les activités distantes d'au plus cette valeur sont reliées (100 m).</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="251"/>
        <source>Core points: minimum points within the link distance</source>
        <translation>Points de cœur : nombre minimal de points à distance de liaison</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="251"/>
        <source>The point itself included (4: at least 3 neighbours).</source>
        <translation>Le point lui-même compris (4 : au moins 3 voisins).</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="258"/>
        <source>Minimum activities per centrality</source>
        <translation>Nombre minimal d'activités par centralité</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="258"/>
        <source>Members of a cluster.</source>
        <translation>Membres d'un groupe.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="265"/>
        <source>Minimum shops</source>
        <translation>Nombre minimal de commerces</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="272"/>
        <source>Minimum services</source>
        <translation>Nombre minimal de services</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="279"/>
        <source>Minimum facilities</source>
        <translation>Nombre minimal d'équipements</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="286"/>
        <source>Minimum dwellings</source>
        <translation>Nombre minimal de logements</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="293"/>
        <source>Closing distance (m)</source>
        <translation>Distance de fermeture (m)</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="293"/>
        <source>The envelope is buffered by +c then −c to remove notches.</source>
        <translation>L'enveloppe reçoit un tampon de +c puis de −c pour supprimer les encoches.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="301"/>
        <source>Holes filled below (m²)</source>
        <translation>Trous comblés en dessous de (m²)</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="301"/>
        <source>Courtyards are filled, parks are kept.</source>
        <translation>Les cœurs d'îlot sont comblés, les parcs conservés.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="340"/>
        <source>Robustness (9 runs with neighbouring parameters)</source>
        <translation>Robustesse (9 calculs avec des paramètres voisins)</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="345"/>
        <source>Agreed perimeters</source>
        <translation>Périmètres validés</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="352"/>
        <source>Stable if the perimeter is found again in 7 of the 9 runs.</source>
        <translation>Stable si le périmètre est retrouvé dans 7 des 9 calculs.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="356"/>
        <source>Perimeters agreed with elected officials (read only).</source>
        <translation>Périmètres validés avec les élus (en lecture seule).</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="368"/>
        <source>Parameters and checksums (JSON)</source>
        <translation>Paramètres et empreintes (JSON)</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="368"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="375"/>
        <source>Default: beside the centralities file, same name with .json.</source>
        <translation>Par défaut : à côté du fichier des centralités, même nom avec l'extension .json.</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="379"/>
        <source>Centralities</source>
        <translation>Centralités</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="380"/>
        <source>Activity points with their role</source>
        <translation>Points d'activité et leur rôle</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="386"/>
        <source>Rejected candidates</source>
        <translation>Candidats rejetés</translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="392"/>
        <source>Comparison with the agreed perimeters</source>
        <translation>Comparaison avec les périmètres validés</translation>
    </message>
</context>
<context>
    <name>Centralities</name>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="113"/>
        <source>Urban centralities (CENTRA-1)</source>
        <translation>Centralités urbaines (CENTRA-1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="116"/>
        <source>centrality,centralité,daacl,scot,bpe,sirene,dbscan,commerce</source>
        <translation>centralité,centralite,centrality,daacl,scot,bpe,sirene,dbscan,commerce</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="150"/>
        <source>{layer}: the layer has no feature</source>
        <translation>{layer} : la couche n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="156"/>
        <source>{layer}: choose the function field (C, S, E)</source>
        <translation>{layer} : choisissez le champ de fonction (C, S, E)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="138"/>
        <source>{layer}: field {field} is missing (fields found: {fields})</source>
        <translation>{layer} : le champ {field} est absent (champs présents : {fields})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="169"/>
        <source>Give either dwelling points or a dwellings grid, not both</source>
        <translation>Indiquez soit des points de logements, soit une grille de logements, pas les deux</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="185"/>
        <source>{layer}: the dwellings grid cannot be read</source>
        <translation>{layer} : la grille de logements est illisible</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="189"/>
        <source>{layer}: the dwellings grid needs a projected CRS</source>
        <translation>{layer} : la grille de logements doit être dans un SCR projeté</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="206"/>
        <source>{layer}: barriers must be vector layers</source>
        <translation>{layer} : les coupures doivent être des couches vecteur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="244"/>
        <source>Rule set {rules}, parameters {hash}</source>
        <translation>Méthode {rules}, paramètres {hash}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="286"/>
        <source>{c} centralities, {p} peripheral poles, {r} rejected candidates</source>
        <translation>{c} centralités, {p} pôles périphériques, {r} candidats rejetés</translation>
    </message>
</context>
<context>
    <name>CentralitySheet</name>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="90"/>
        <source>Centrality explanation sheets</source>
        <translation>Fiches explicatives des centralités</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="93"/>
        <source>centrality,centralité,fiche,sheet,PDF,layout,élus,CENTRA-1</source>
        <translation>centralité,centralite,fiche,fiche explicative,PDF,mise en page,élus,CENTRA-1</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="101"/>
        <source>Centralities (perimeters)</source>
        <translation>Centralités (périmètres)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="106"/>
        <source>The centralites layer written by aula:centralities (same fields).</source>
        <translation>La couche centralites écrite par aula:centralities (mêmes champs).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="110"/>
        <source>Activity points (optional)</source>
        <translation>Points d'activité (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="116"/>
        <source>The centralites_points layer (fields function and role), drawn on the maps.</source>
        <translation>La couche centralites_points (champs function et role), dessinée sur les cartes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="120"/>
        <source>Perimeter ids (optional, comma-separated)</source>
        <translation>Identifiants des périmètres (facultatif, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="123"/>
        <source>Values of the id field; empty: every perimeter.</source>
        <translation>Valeurs du champ id ; vide : tous les périmètres.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="125"/>
        <source>Selected perimeters only</source>
        <translation>Périmètres sélectionnés uniquement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="128"/>
        <source>Only the perimeters selected in the layer.</source>
        <translation>Uniquement les périmètres sélectionnés dans la couche.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="130"/>
        <source>Background layers (optional)</source>
        <translation>Couches de fond (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="136"/>
        <source>Drawn under the perimeters, e.g. the communes; a polygon layer with an INSEE code field (insee, insee_com…) also gives the commune boundary.</source>
        <translation>Dessinées sous les périmètres, par exemple les communes ; une couche de polygones avec un champ de code INSEE (insee, insee_com…) donne aussi la limite communale.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="143"/>
        <source>Explanation sheets (PDF)</source>
        <translation>Fiches explicatives (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="143"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="146"/>
        <source>One A4 portrait page per perimeter.</source>
        <translation>Une page A4 portrait par périmètre.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="148"/>
        <source>Number of pages</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="156"/>
        <source>{layer}: missing field(s) {fields} (expected: {expected})</source>
        <translation>{layer} : champ(s) manquant(s) {fields} (attendus : {expected})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="171"/>
        <source>{layer}: no perimeter is selected</source>
        <translation>{layer} : aucun périmètre n'est sélectionné</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="184"/>
        <source>{layer}: unknown perimeter id(s) {ids}</source>
        <translation>{layer} : identifiant(s) de périmètre inconnu(s) {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="195"/>
        <source>{layer}: no perimeter to describe</source>
        <translation>{layer} : aucun périmètre à décrire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="234"/>
        <source>{layer}: geographic coordinates, the maps are drawn in {crs}</source>
        <translation>{layer} : coordonnées géographiques, les cartes sont dessinées en {crs}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="261"/>
        <source>No mapping table found in resources/centralities: types shown as codes</source>
        <translation>Aucune table de correspondance dans resources/centralities : types affichés par leur code</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="274"/>
        <source>Perimeter</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="274"/>
        <source>Commune boundary</source>
        <translation>Limite communale</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="292"/>
        <source>The PDF could not be written to {path}: {error}</source>
        <translation>Le PDF n'a pas pu être écrit dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="298"/>
        <source>{count} sheet(s) written to {path}</source>
        <translation>{count} fiche(s) écrite(s) dans {path}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="115"/>
        <source>centrality</source>
        <translation>centralité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="116"/>
        <source>peripheral pole</source>
        <translation>pôle périphérique</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="117"/>
        <source>extension of a neighbouring centrality</source>
        <translation>extension d'une centralité voisine</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="126"/>
        <source>local</source>
        <translation>de proximité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="127"/>
        <source>intermediate</source>
        <translation>intermédiaire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="128"/>
        <source>structuring</source>
        <translation>structurant</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="164"/>
        <source>{commune} — {kind}, {level} level</source>
        <translation>{commune} — {kind}, niveau {level}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="168"/>
        <source>{commune} — {kind}</source>
        <translation>{commune} — {kind}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="176"/>
        <source>Perimeter {id} · commune {insee} · {area} ha</source>
        <translation>Périmètre {id} · commune {insee} · {area} ha</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="180"/>
        <source>{n} member activities</source>
        <translation>{n} activités membres</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="184"/>
        <source>part of perimeter {parent}, split by commune</source>
        <translation>partie du périmètre {parent}, découpé par commune</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="417"/>
        <source>Shops</source>
        <translation>Commerces</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="418"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="419"/>
        <source>Facilities</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="203"/>
        <source>Dwellings</source>
        <translation>Logements</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="204"/>
        <source>Member activities</source>
        <translation>Activités membres</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="205"/>
        <source>Activities inside (all)</source>
        <translation>Activités dans le périmètre (toutes)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="70"/>
        <source>Overlap with the agreed perimeter (centralites_validees): IoU {iou}</source>
        <translation>Recouvrement avec le périmètre validé (centralites_validees) : IoU {iou}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="237"/>
        <source>Equipment and activity types ({n})</source>
        <translation>Types d'équipements et d'activités ({n})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="71"/>
        <source>Method CENTRA-1 (AULA Territoires) · parameters {hash} · data: {vintages} · sheet made on {date}</source>
        <translation>Méthode CENTRA-1 (AULA Territoires) · paramètres {hash} · données : {vintages} · fiche éditée le {date}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="227"/>
        <source>computed on {date}</source>
        <translation>calcul du {date}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="232"/>
        <source>SYNTHETIC — synthetic data, not for a decision</source>
        <translation>SYNTHÉTIQUE — données synthétiques, ne pas utiliser pour une décision</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="72"/>
        <source>Centrality explanation sheet {n} / {total} — AULA Territoires</source>
        <translation>Fiche explicative des centralités {n} / {total} — AULA Territoires</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="237"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="237"/>
        <source>Inside the perimeter</source>
        <translation>Dans le périmètre</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="237"/>
        <source>Rule minimum</source>
        <translation>Minimum de la règle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="237"/>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="236"/>
        <source>Rules of the CENTRA-1 method</source>
        <translation>Règles de la méthode CENTRA-1</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="275"/>
        <source>At least {min} member activities ({value})</source>
        <translation>Au moins {min} activités membres ({value})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="278"/>
        <source>At least {min} dwellings ({value})</source>
        <translation>Au moins {min} logements ({value})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="74"/>
        <source>Housing and at least 2 of shops, services, facilities ({k}/4 functions)</source>
        <translation>Habitat et au moins 2 fonctions parmi commerces, services, équipements ({k}/4 fonctions)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="287"/>
        <source>Big-box share at most {max} % ({value})</source>
        <translation>Part des grandes surfaces au plus {max} % ({value})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="294"/>
        <source>No rule recorded (rules_passed is empty)</source>
        <translation>Aucune règle enregistrée (le champ rules_passed est vide)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="300"/>
        <source>Robustness: not computed (re-runs not asked)</source>
        <translation>Robustesse : non calculée (relances non demandées)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="302"/>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="303"/>
        <source>fragile</source>
        <translation>fragile</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="75"/>
        <source>Robustness: {state}, perimeter found in {k} of the {n} runs on neighbouring parameters (IoU ≥ 0.7)</source>
        <translation>Robustesse : {state}, périmètre retrouvé dans {k} des {n} calculs sur des paramètres voisins (IoU ≥ 0,7)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="313"/>
        <source>No type recorded</source>
        <translation>Aucun type enregistré</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="317"/>
        <source>… and {n} more (see the types field)</source>
        <translation>… et {n} autres (voir le champ types)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="339"/>
        <source>Centralities</source>
        <translation>Centralités</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="76"/>
        <source>Activities (size: core &gt; border &gt; isolated)</source>
        <translation>Activités (taille : cœur &gt; bordure &gt; isolée)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="421"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="73"/>
        <source>Rules of the CENTRA-1 method, checked on the whole perimeter {parent}</source>
        <translation>Règles de la méthode CENTRA-1, vérifiées sur le périmètre entier {parent}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="249"/>
        <source>{layer}: {count} perimeter(s) without geometry have no sheet: {ids}</source>
        <translation>{layer} : {count} périmètre(s) sans géométrie n'ont pas de fiche : {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="240"/>
        <source>{layer} is a PostGIS layer: the run&apos;s parameters and date, written beside a GeoPackage output (JSON file), are not available; the sheet shows the perimeters&apos; own fields only</source>
        <translation>{layer} est une couche PostGIS : les paramètres et la date du calcul, écrits à côté d'une sortie GeoPackage (fichier JSON), ne sont pas disponibles ; la fiche ne montre que les champs des périmètres</translation>
    </message>
</context>
<context>
    <name>CheckPackage</name>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="47"/>
        <source>Check the territory GeoPackage</source>
        <translation>Vérifier le paquet du territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="50"/>
        <source>integrity,intégrité,check,vérifier,geopackage,gpkg,index spatial,spatial index,rtree,schéma,schema,paquet,package,corruption</source>
        <translation>intégrité,integrity,vérifier,check,geopackage,gpkg,index spatial,spatial index,rtree,schéma,schema,paquet,package,corruption</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="56"/>
        <source>GeoPackage to check</source>
        <translation>GeoPackage à vérifier</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="63"/>
        <source>By default your working copy of the territory GeoPackage; any GeoPackage can be checked. It is only read, never written.</source>
        <translation>Par défaut, votre copie de travail du GeoPackage du territoire ; tout GeoPackage peut être vérifié. Il est seulement lu, jamais écrit.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="70"/>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="75"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="76"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="107"/>
        <source>{path}: {errors} error(s), {warnings} warning(s)</source>
        <translation>{path} : {errors} erreur(s), {warnings} avertissement(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="110"/>
        <source>{path}: no problem found</source>
        <translation>{path} : aucun problème trouvé</translation>
    </message>
</context>
<context>
    <name>CheckoutPackage</name>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="34"/>
        <source>Check out an offline copy</source>
        <translation>Extraire une copie hors ligne</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="37"/>
        <source>offline,hors ligne,copy,copie,checkout,extraction,terrain,field,réunion,merge,fusion,geopackage,gpkg,paquet,package</source>
        <translation>hors ligne,offline,copie,copy,extraction,checkout,terrain,field,réunion,fusion,merge,geopackage,gpkg,paquet,package</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="43"/>
        <source>Master GeoPackage</source>
        <translation>GeoPackage maître</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="50"/>
        <source>The package the offline edits will be merged back into, by default your working copy. It is only read; a snapshot of it is kept beside it, in the hidden folder .aula_checkouts, as the base of the merge.</source>
        <translation>Le paquet dans lequel les modifications hors ligne seront fusionnées, par défaut votre copie de travail. Il est seulement lu ; un instantané en est gardé à côté de lui, dans le dossier caché .aula_checkouts, comme base de la fusion.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="58"/>
        <source>Offline copy</source>
        <translation>Copie hors ligne</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="58"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="61"/>
        <source>The copy to take away and edit (any name and folder): it opens the territory project with its own layers. Merge it back with « Merge an offline copy ».</source>
        <translation>La copie à emporter et modifier (nom et dossier libres) : elle ouvre le projet du territoire avec ses propres couches. Fusionnez-la ensuite avec « Fusionner une copie hors ligne ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="68"/>
        <source>Checkout</source>
        <translation>Extraction</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="69"/>
        <source>Base snapshot</source>
        <translation>Instantané de base</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="89"/>
        <source>Offline copy {copy} of {master} (checkout {checkout}); base: {base}</source>
        <translation>Copie hors ligne {copy} de {master} (extraction {checkout}) ; base : {base}</translation>
    </message>
</context>
<context>
    <name>CircuitFlow</name>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="92"/>
        <source>Current flow (circuit theory)</source>
        <translation>Courant (théorie des circuits)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="95"/>
        <source>tvb,circuitscape,current,circuit,resistance,courant,trame verte</source>
        <translation>tvb,circuitscape,courant,circuit,résistance,current,trame verte</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="98"/>
        <source>Resistance raster</source>
        <translation>Raster de résistance</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="99"/>
        <source>Band 1; nodata = impassable; EPSG:2154 expected.</source>
        <translation>Bande 1 ; sans donnée = infranchissable ; EPSG:2154 attendu.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="101"/>
        <source>Values are resistances (unchecked: conductances)</source>
        <translation>Les valeurs sont des résistances (décoché : conductances)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="108"/>
        <source>Focal nodes</source>
        <translation>Nœuds focaux</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="117"/>
        <source>Points or polygons (e.g. reservoirs); or a raster of ids below.</source>
        <translation>Points ou polygones (par ex. les réservoirs) ; ou un raster d'identifiants ci-dessous.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="119"/>
        <source>Focal node identifier (empty: feature id)</source>
        <translation>Identifiant du nœud focal (vide : identifiant de l'entité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="126"/>
        <source>Positive integers; features sharing an id form one region.</source>
        <translation>Entiers positifs ; les entités qui partagent un identifiant forment une seule région.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="128"/>
        <source>Focal nodes raster (ids &gt; 0)</source>
        <translation>Raster des nœuds focaux (identifiants &gt; 0)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="131"/>
        <source>Same grid as the resistance raster, as in Circuitscape.</source>
        <translation>Même grille que le raster de résistance, comme dans Circuitscape.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="133"/>
        <source>Short-circuit regions</source>
        <translation>Régions de court-circuit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="139"/>
        <source>Each polygon is one node of zero resistance (e.g. a lake).</source>
        <translation>Chaque polygone est un seul nœud de résistance nulle (par ex. un lac).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="141"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="141"/>
        <source>Pairwise</source>
        <translation>Par paires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="141"/>
        <source>One-to-all</source>
        <translation>Un vers tous</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="141"/>
        <source>All-to-one</source>
        <translation>Tous vers un</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="149"/>
        <source>Four neighbours only (else eight)</source>
        <translation>Quatre voisins seulement (sinon huit)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="154"/>
        <source>Average conductances between cells (else resistances)</source>
        <translation>Moyenne des conductances entre cellules (sinon des résistances)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="161"/>
        <source>Voltage maps in the per-pair folder</source>
        <translation>Cartes de tension dans le dossier par paire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="166"/>
        <source>Effective resistances</source>
        <translation>Résistances effectives</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="171"/>
        <source>One row per pair; NULL and connected = 0 when disconnected.</source>
        <translation>Une ligne par paire ; NULL et connected = 0 si elle est déconnectée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="173"/>
        <source>Resistance matrix (Circuitscape layout)</source>
        <translation>Matrice des résistances (format Circuitscape)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="173"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="180"/>
        <source>As Circuitscape's _resistances.out: −1 for disconnected pairs.</source>
        <translation>Comme le _resistances.out de Circuitscape : −1 pour les paires déconnectées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="182"/>
        <source>Cumulative current</source>
        <translation>Courant cumulé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="185"/>
        <source>Float32 GeoTIFF (A); nodata on impassable cells.</source>
        <translation>GeoTIFF Float32 (A) ; sans donnée sur les cellules infranchissables.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="187"/>
        <source>Maximum current</source>
        <translation>Courant maximal</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="192"/>
        <source>Per-pair maps folder</source>
        <translation>Dossier des cartes par paire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="198"/>
        <source>curmap_a_b.tif (and voltmap_a_b.tif) for every pair.</source>
        <translation>curmap_a_b.tif (et voltmap_a_b.tif) pour chaque paire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="209"/>
        <source>Give the focal nodes either as a layer or as a raster of ids</source>
        <translation>Donnez les nœuds focaux soit par une couche, soit par un raster d'identifiants</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="250"/>
        <source>Grid: {grid}; {n} focal nodes; mode {mode}; solver: {method}</source>
        <translation>Grille : {grid} ; {n} nœuds focaux ; mode {mode} ; solveur : {method}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="314"/>
        <source>{n} disconnected pairs or nodes: resistance NULL, connected = 0</source>
        <translation>{n} paires ou nœuds déconnectés : résistance NULL, connected = 0</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="362"/>
        <source>{layer}: {problem}</source>
        <translation>{layer} : {problem}</translation>
    </message>
</context>
<context>
    <name>ConflictPoints</name>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="364"/>
        <source>Conflict points</source>
        <translation>Points de conflit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="116"/>
        <source>tvb,corridor,road,railway,conflict,barrier,crossing,point de conflit,route,voie ferrée,obstacle,infrastructure</source>
        <translation>tvb,corridor,point de conflit,route,voie ferrée,obstacle,infrastructure de transport,franchissement,coupure,road,railway,conflict</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="122"/>
        <source>Corridors</source>
        <translation>Corridors</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="125"/>
        <source>Corridor lines with from_id, to_id and cost (aula:leastcostcorridors).</source>
        <translation>Lignes de corridors avec from_id, to_id et cost (aula:leastcostcorridors).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="129"/>
        <source>Link importance field (optional)</source>
        <translation>Champ d'importance du lien (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="136"/>
        <source>Empty: computed as the PC drop from the reservoirs.</source>
        <translation>Vide : calculée comme la baisse de PC à partir des réservoirs.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="138"/>
        <source>Reservoirs (for the PC drop)</source>
        <translation>Réservoirs (pour la baisse de PC)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="138"/>
        <source>Patches of the graph, needed without an importance field.</source>
        <translation>Taches du graphe, nécessaires sans champ d'importance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="145"/>
        <source>Reservoir identifier field</source>
        <translation>Champ identifiant des réservoirs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="149"/>
        <source>Transport infrastructure (lines)</source>
        <translation>Infrastructures de transport (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="155"/>
        <source>Line layers whose class field gives the class of each line.</source>
        <translation>Couches de lignes dont le champ de classe donne la classe de chaque ligne.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="157"/>
        <source>Infrastructure class field</source>
        <translation>Champ de classe des infrastructures</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="160"/>
        <source>Field of every infrastructure layer holding the class.</source>
        <translation>Champ de chaque couche d'infrastructures qui contient la classe.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="162"/>
        <source>Infrastructure name field</source>
        <translation>Champ du nom des infrastructures</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="165"/>
        <source>Copied to infra_name when the layer has it.</source>
        <translation>Copié dans infra_name quand la couche le possède.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="167"/>
        <source>Railways (optional, class voie_ferree)</source>
        <translation>Voies ferrées (facultatif, classe voie_ferree)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="173"/>
        <source>Every line of this layer has the class voie_ferree.</source>
        <translation>Toutes les lignes de cette couche ont la classe voie_ferree.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="175"/>
        <source>Class weights</source>
        <translation>Poids des classes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="178"/>
        <source>class=weight pairs separated by semicolons.</source>
        <translation>Paires classe=poids séparées par des points-virgules.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="180"/>
        <source>Watercourse obstacles (optional)</source>
        <translation>Obstacles à l'écoulement (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="186"/>
        <source>Points or lines of obstacles, class obstacle.</source>
        <translation>Points ou lignes d'obstacles, classe obstacle.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="250"/>
        <source>Obstacle point search distance (m)</source>
        <translation>Distance de recherche des obstacles ponctuels (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="195"/>
        <source>An obstacle point this close to a corridor cuts it.</source>
        <translation>Un obstacle ponctuel aussi proche d'un corridor le coupe.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="232"/>
        <source>Give the reservoirs (to compute the PC drop of each link) or an importance field of {layer}</source>
        <translation>Donnez les réservoirs (pour calculer la baisse de PC de chaque lien) ou un champ d'importance de {layer}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="263"/>
        <source>{layer}: the class field {field} does not exist</source>
        <translation>{layer} : le champ de classe {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="271"/>
        <source>Give at least one infrastructure layer, railway layer or obstacle layer</source>
        <translation>Donnez au moins une couche d'infrastructures, de voies ferrées ou d'obstacles</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="278"/>
        <source>Class weights: cannot read {entries} (expected class=weight)</source>
        <translation>Poids des classes : impossible de lire {entries} (attendu : classe=poids)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="335"/>
        <source>Infrastructure classes without a weight in the class weights: {classes}</source>
        <translation>Classes d'infrastructures sans poids dans les poids des classes : {classes}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="365"/>
        <source>{points} conflict points on {corridors} corridors</source>
        <translation>{points} points de conflit sur {corridors} corridors</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="315"/>
        <source>{layer}: no corridor with a geometry, from_id and to_id</source>
        <translation>{layer} : aucun corridor avec une géométrie, un from_id et un to_id</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="219"/>
        <source>{layer}: the layer has no feature</source>
        <translation>{layer} : la couche ne contient aucune entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="223"/>
        <source>corridors</source>
        <translation>corridors</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="197"/>
        <source>Current density (optional)</source>
        <translation>Densité de courant (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="200"/>
        <source>E.g. from aula:pinchpoints: score × (1 + current / largest current).</source>
        <translation>Par exemple issue de aula:pinchpoints : score × (1 + courant / courant le plus fort).</translation>
    </message>
</context>
<context>
    <name>ConnectivityMetrics</name>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="72"/>
        <source>Connectivity metrics (PC, IIC, dPC)</source>
        <translation>Connectivité (PC, IIC, dPC)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="75"/>
        <source>tvb,graph,connectivity,pc,iic,ec,dpc,graphab,conefor,graphe paysager,connectivité</source>
        <translation>tvb,graphe paysager,connectivité,pc,iic,ec,dpc,graphab,conefor,graph,connectivity</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="80"/>
        <source>Reservoirs (patches)</source>
        <translation>Réservoirs (taches d'habitat)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="80"/>
        <source>Habitat patches, for example the output of aula:reservoirs.</source>
        <translation>Taches d'habitat, par exemple la sortie d'aula:reservoirs.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="86"/>
        <source>Identifier field</source>
        <translation>Champ identifiant</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="88"/>
        <source>Links (patch graph or corridors)</source>
        <translation>Liens (graphe paysager ou corridors)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="91"/>
        <source>Table or lines with the fields from_id, to_id and cost.</source>
        <translation>Table ou lignes avec les champs from_id, to_id et cost.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="95"/>
        <source>IIC threshold (cost units; empty: d0)</source>
        <translation>Seuil IIC (unités de coût ; vide : d0)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="103"/>
        <source>Links whose cost is at most this value connect for IIC.</source>
        <translation>Les liens dont le coût ne dépasse pas cette valeur comptent pour l'IIC.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="105"/>
        <source>Landscape area A_L (ha; 0: bounding box of the patches)</source>
        <translation>Surface du paysage A_L (ha ; 0 : rectangle englobant des taches)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="112"/>
        <source>Study area in ha, kept constant (AULA territory: 214,169 ha).</source>
        <translation>Surface de l'aire d'étude en ha, constante (territoire de l'AULA : 214 169 ha).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="209"/>
        <source>Patches with dPC</source>
        <translation>Taches avec dPC</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="117"/>
        <source>The patches with capacity, dPC, dPCintra, dPCflux, dPCconnector, dIIC (%).</source>
        <translation>Les taches avec capacity, dPC, dPCintra, dPCflux, dPCconnector, dIIC (%).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="218"/>
        <source>Landscape connectivity</source>
        <translation>Connectivité du paysage</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="128"/>
        <source>One row: PC, PCnum, EC, IIC, counts, alpha, d0, p0, units.</source>
        <translation>Une ligne : PC, PCnum, EC, IIC, effectifs, alpha, d0, p0, unités.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="180"/>
        <source>Landscape area: {area} ha (bounding box of the patches); give the study area&apos;s to compare runs</source>
        <translation>Surface du paysage : {area} ha (rectangle englobant des taches) ; donnez celle de l'aire d'étude pour comparer des calculs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="187"/>
        <source>The patches cover more than the landscape area ({total} &gt; {area} ha): PC may exceed 1</source>
        <translation>Les taches couvrent plus que la surface du paysage ({total} &gt; {area} ha) : PC peut dépasser 1</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="219"/>
        <source>{patches} patches, {links} links: PC = {pc:.6g}, EC = {ec:.6g} ha, IIC = {iic:.6g}</source>
        <translation>{patches} taches, {links} liens : PC = {pc:.6g}, EC = {ec:.6g} ha, IIC = {iic:.6g}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="135"/>
        <source>Landscape area (ha)</source>
        <translation>Surface du paysage (ha)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="161"/>
        <source>IIC threshold (cost units)</source>
        <translation>Seuil IIC (unités de coût)</translation>
    </message>
</context>
<context>
    <name>CostDistance</name>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="80"/>
        <source>Cost distance</source>
        <translation>Distance de coût cumulé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="83"/>
        <source>tvb,cost,friction,dispersal,r.cost,corridor,coût,trame verte</source>
        <translation>tvb,coût,friction,dispersion,r.cost,corridor,distance de coût,trame verte</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="86"/>
        <source>Friction raster</source>
        <translation>Raster de friction</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="87"/>
        <source>Band 1; nodata = impassable; EPSG:2154 expected.</source>
        <translation>Bande 1 ; sans donnée = infranchissable ; EPSG:2154 attendu.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="89"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="97"/>
        <source>Points or polygons (e.g. reservoirs), labelled in fid order.</source>
        <translation>Points ou polygones (par exemple les réservoirs), numérotés dans l’ordre des fid.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="99"/>
        <source>Maximum cost (0 = unlimited)</source>
        <translation>Coût maximal (0 = illimité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="106"/>
        <source>In the cost units below; cells beyond it are nodata.</source>
        <translation>Dans les unités de coût ci-dessous ; les cellules au-delà sont sans donnée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="108"/>
        <source>Knight&apos;s move (16 neighbours)</source>
        <translation>Mouvement du cavalier (16 voisins)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="111"/>
        <source>More accurate directions, slower (r.cost -k).</source>
        <translation>Directions plus précises, calcul plus lent (r.cost -k).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="114"/>
        <source>Start cost</source>
        <translation>Coût de départ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="122"/>
        <source>Cost of the source cells: 0, or 1 as in BioDispersal.</source>
        <translation>Coût des cellules sources : 0, ou 1 comme dans BioDispersal.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="124"/>
        <source>Accumulated cost</source>
        <translation>Distance de coût cumulé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="125"/>
        <source>Float32 GeoTIFF, nodata -1 (unreachable or beyond the maximum).</source>
        <translation>GeoTIFF Float32, sans donnée -1 (inaccessible ou au-delà du coût maximal).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="127"/>
        <source>Nearest source (allocation)</source>
        <translation>Source la plus proche (allocation)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="133"/>
        <source>Int32 label of the source reaching each cell; nodata 0.</source>
        <translation>Numéro (Int32) de la source qui atteint chaque cellule ; sans donnée 0.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="135"/>
        <source>Dispersal areas</source>
        <translation>Aires de dispersion</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="142"/>
        <source>Cells within the maximum cost, one polygon per source.</source>
        <translation>Cellules en deçà du coût maximal, un polygone par source.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="144"/>
        <source>Passes of the solver</source>
        <translation>Passes du calcul</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="155"/>
        <source>{layer}: the source layer has no feature</source>
        <translation>{layer} : la couche des sources n’a aucune entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="169"/>
        <source>The maximum cost and the start cost must be positive or zero</source>
        <translation>Le coût maximal et le coût de départ doivent être positifs ou nuls</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="175"/>
        <source>The start cost ({start}) exceeds the maximum cost ({max})</source>
        <translation>Le coût de départ ({start}) dépasse le coût maximal ({max})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="200"/>
        <source>Dispersal areas need a maximum cost above 0: they are not written</source>
        <translation>Les aires de dispersion demandent un coût maximal supérieur à 0 : elles ne sont pas écrites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="216"/>
        <source>Grid: {grid}; {n} source cells</source>
        <translation>Grille : {grid} ; {n} cellules sources</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="247"/>
        <source>{n} cells reached; highest cost {peak:g} ({units})</source>
        <translation>{n} cellules atteintes ; coût le plus élevé {peak:g} ({units})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="300"/>
        <source>{layer}: {problem}</source>
        <translation>{layer} : {problem}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="172"/>
        <source>Maximum cost (MAX_COST)</source>
        <translation>Coût maximal (MAX_COST)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="173"/>
        <source>Start cost (START_COST)</source>
        <translation>Coût de départ (START_COST)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="236"/>
        <source>Solved in {n} passes (down and up sweeps over the rows or the columns)</source>
        <translation>Résolu en {n} passes (balayages des lignes ou des colonnes, vers le bas puis vers le haut)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="237"/>
        <source>Solved by a wave in cost order (friction changing at almost every cell): {n} passes&apos; worth of relaxations</source>
        <translation>Résolu par une vague dans l'ordre des coûts (friction changeant à presque chaque cellule) : l'équivalent de {n} passes de relaxations</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="238"/>
        <source>Solved by a wave in cost order after the sweeps stalled: {n} passes in all</source>
        <translation>Résolu par une vague dans l'ordre des coûts après l'essoufflement des balayages : {n} passes en tout</translation>
    </message>
</context>
<context>
    <name>Degurba</name>
    <message>
        <location filename="../aula_plugin/gis/degurba.py" line="47"/>
        <source>{layer}: every cell is nodata</source>
        <translation>{layer} : aucune cellule n'a de valeur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/degurba.py" line="48"/>
        <source>{layer} is not on the grid of {pop}: {cols} × {rows} cells from ({x}, {y}), cell {size}, expected {pcols} × {prows} from ({px}, {py}), cell {psize}</source>
        <translation>{layer} n'est pas sur la grille de {pop} : {cols} × {rows} cellules depuis ({x}, {y}), cellule de {size}, au lieu de {pcols} × {prows} depuis ({px}, {py}), cellule de {psize}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/degurba.py" line="52"/>
        <source>{layer} and {pop} have different CRS</source>
        <translation>{layer} et {pop} n'ont pas le même SCR</translation>
    </message>
</context>
<context>
    <name>DegurbaGrid</name>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="85"/>
        <source>Degree of Urbanisation grid (DEGURBA level 1)</source>
        <translation>Degré d'urbanisation (DEGURBA)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="88"/>
        <source>degurba,urbanisation,urban centre,cluster,ghsl,grid,grille,densité</source>
        <translation>degurba,urbanisation,centre urbain,agglomération,ghsl,grille,grid,densité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="93"/>
        <source>Population grid</source>
        <translation>Grille de population</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="93"/>
        <source>Inhabitants per cell (e.g. GHS-POP), nodata = missing.</source>
        <translation>Habitants par cellule (par exemple GHS-POP), sans donnée = manquant.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="93"/>
        <source>Built-up surface grid (m²)</source>
        <translation>Grille de surface bâtie (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="93"/>
        <source>Built-up surface in m² per cell (e.g. GHS-BUILT-S).</source>
        <translation>Surface bâtie en m² par cellule (par exemple GHS-BUILT-S).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="93"/>
        <source>Land surface grid (m²)</source>
        <translation>Grille de surface de terres (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="93"/>
        <source>Permanent land surface in m² per cell (the cell area minus water).</source>
        <translation>Surface de terres permanentes en m² par cellule (surface de la cellule moins l'eau).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="114"/>
        <source>Edge smoothing (majority rule)</source>
        <translation>Lissage des bords (règle de la majorité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="114"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="120"/>
        <source>R2023A: majority of the neighbours that are land or populated; R2022A: 5 of the 8 neighbours; None: no smoothing.</source>
        <translation>R2023A : majorité des voisines terrestres ou peuplées ; R2022A : 5 des 8 voisines ; Aucun : pas de lissage.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="128"/>
        <source>Built-up criterion for urban centres</source>
        <translation>Critère de bâti pour les centres urbains</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="128"/>
        <source>Cells whose built-up share of land reaches the threshold are dense even below the density threshold.</source>
        <translation>Les cellules dont la part bâtie des terres atteint le seuil sont denses même sous le seuil de densité.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="137"/>
        <source>Built-up share threshold</source>
        <translation>Seuil de part bâtie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="137"/>
        <source>0.5 in R2022A; 0.2 for 2020 data in R2023A (flexurba default).</source>
        <translation>0,5 en R2022A ; 0,2 pour les données 2020 en R2023A (valeur par défaut de flexurba).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="145"/>
        <source>Urban centre density (inhabitants/km²)</source>
        <translation>Densité des centres urbains (habitants/km²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="145"/>
        <source>Density threshold of urban centre cells.</source>
        <translation>Seuil de densité des cellules de centre urbain.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="153"/>
        <source>Urban centre population</source>
        <translation>Population des centres urbains</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="153"/>
        <source>Minimum population of an urban centre.</source>
        <translation>Population minimale d'un centre urbain.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="161"/>
        <source>Urban centre contiguity</source>
        <translation>Contiguïté des centres urbains</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="200"/>
        <source>Rook (4 neighbours)</source>
        <translation>Tour (4 voisins)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="200"/>
        <source>Queen (8 neighbours)</source>
        <translation>Dame (8 voisins)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="167"/>
        <source>Rook in the method.</source>
        <translation>En tour dans la méthode.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="169"/>
        <source>Fill gaps in urban centres</source>
        <translation>Combler les trous des centres urbains</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="169"/>
        <source>Fill holes enclosed by an urban centre.</source>
        <translation>Combler les trous enclavés dans un centre urbain.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="175"/>
        <source>Largest gap filled (cells)</source>
        <translation>Plus grand trou comblé (cellules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="182"/>
        <source>14 cells of 1 km² in the method (gaps under 15 km²).</source>
        <translation>14 cellules de 1 km² dans la méthode (trous de moins de 15 km²).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="184"/>
        <source>Urban cluster density (inhabitants/km²)</source>
        <translation>Densité des agglomérations urbaines (habitants/km²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="184"/>
        <source>Density threshold of urban cluster cells.</source>
        <translation>Seuil de densité des cellules d'agglomération urbaine.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="192"/>
        <source>Urban cluster population</source>
        <translation>Population des agglomérations urbaines</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="192"/>
        <source>Minimum population of an urban cluster.</source>
        <translation>Population minimale d'une agglomération urbaine.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="200"/>
        <source>Urban cluster contiguity</source>
        <translation>Contiguïté des agglomérations urbaines</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="206"/>
        <source>Queen in the method.</source>
        <translation>En dame dans la méthode.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="208"/>
        <source>Water: land share below</source>
        <translation>Eau : part de terres inférieure à</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="208"/>
        <source>Unpopulated cells without built-up surface and with a smaller land share are water.</source>
        <translation>Les cellules sans population ni surface bâtie et dont la part de terres est inférieure sont de l'eau.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="219"/>
        <source>Strict thresholds (&gt; instead of ≥)</source>
        <translation>Seuils stricts (&gt; au lieu de ≥)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="219"/>
        <source>“More than” as in Eurostat and INSEE texts; GHSL uses ≥.</source>
        <translation>« Plus de », comme dans les textes d'Eurostat et de l'INSEE ; le GHSL utilise ≥.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="226"/>
        <source>Communes (optional)</source>
        <translation>Communes (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="232"/>
        <source>Polygons classified from the share of their population.</source>
        <translation>Polygones classés selon la répartition de leur population.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="234"/>
        <source>Commune identifier field</source>
        <translation>Champ identifiant de la commune</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="240"/>
        <source>Copied to the commune output (e.g. the INSEE code).</source>
        <translation>Recopié dans la couche de communes en sortie (par exemple le code INSEE).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="243"/>
        <source>DEGURBA level 1 grid</source>
        <translation>Grille DEGURBA de niveau 1</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="246"/>
        <source>Byte raster: 3 urban centre, 2 urban cluster, 1 rural, 0 water.</source>
        <translation>Raster d'octets : 3 centre urbain, 2 agglomération urbaine, 1 rural, 0 eau.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="248"/>
        <source>Communes classified</source>
        <translation>Communes classées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="255"/>
        <source>Population by class, share in centres and class.</source>
        <translation>Population par classe, part en centres urbains et classe.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="294"/>
        <source>{layer}: the layer has no feature</source>
        <translation>{layer} : la couche n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="372"/>
        <source>Rule set: {rules}</source>
        <translation>Jeu de règles : {rules}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="374"/>
        <source>water</source>
        <translation>eau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="375"/>
        <source>rural</source>
        <translation>rural</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="376"/>
        <source>urban cluster</source>
        <translation>agglomération urbaine</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="377"/>
        <source>urban centre</source>
        <translation>centre urbain</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="380"/>
        <source>{label}: {cells} cells, {pop} inhabitants</source>
        <translation>{label} : {cells} cellules, {pop} habitants</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="281"/>
        <source>DEGURBA grid</source>
        <translation>grille DEGURBA</translation>
    </message>
</context>
<context>
    <name>DilatationErosion</name>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="68"/>
        <source>Dilatation-erosion (continuums)</source>
        <translation>Dilatation-érosion (continuums)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="71"/>
        <source>tvb,trame verte et bleue,continuum,dilatation,erosion,closing,corridor</source>
        <translation>tvb,trame verte et bleue,continuum,dilatation,érosion,fermeture,corridor,dilatation-érosion</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="76"/>
        <source>Habitat (friction raster or polygons)</source>
        <translation>Habitat (raster de friction ou polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="81"/>
        <source>A friction raster of the sub-network, or habitat polygons.</source>
        <translation>Un raster de friction de la sous-trame, ou des polygones d'habitat.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="83"/>
        <source>Habitat: friction at most</source>
        <translation>Habitat : friction au plus</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="90"/>
        <source>Raster input only; NaN and nodata are never habitat.</source>
        <translation>Entrée raster seulement ; NaN et nodata ne sont jamais de l'habitat.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="92"/>
        <source>Written in the sous_trame field and in the ids.</source>
        <translation>Inscrite dans le champ sous_trame et dans les identifiants.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="95"/>
        <source>Dispersal distance (m)</source>
        <translation>Distance de dispersion (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="102"/>
        <source>Habitat grows then shrinks by half this distance.</source>
        <translation>L'habitat est dilaté puis érodé de la moitié de cette distance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="104"/>
        <source>Resolution for polygons (m)</source>
        <translation>Résolution pour les polygones (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="111"/>
        <source>Cell size used to rasterise habitat polygons.</source>
        <translation>Taille de cellule utilisée pour rastériser les polygones d'habitat.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="113"/>
        <source>Minimum continuum area (ha)</source>
        <translation>Surface minimale des continuums (ha)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="120"/>
        <source>Smaller continuums are dropped (≥ is kept).</source>
        <translation>Les continuums plus petits sont écartés (≥ est conservé).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="122"/>
        <source>Continuums</source>
        <translation>Continuums</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="125"/>
        <source>Fields id, sous_trame, surface_ha; Lambert-93.</source>
        <translation>Champs id, sous_trame, surface_ha ; Lambert-93.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="127"/>
        <source>Continuum raster</source>
        <translation>Raster des continuums</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="133"/>
        <source>Byte GeoTIFF: 1 in a continuum, 0 elsewhere.</source>
        <translation>GeoTIFF octet : 1 dans un continuum, 0 ailleurs.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="139"/>
        <source>Habitat: the layer is missing or invalid</source>
        <translation>Habitat : la couche est absente ou invalide</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="140"/>
        <source>habitat</source>
        <translation>habitat</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="146"/>
        <source>{layer}: habitat must be a raster or polygons</source>
        <translation>{layer} : l'habitat doit être un raster ou des polygones</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="152"/>
        <source>{layer}: the habitat layer has no feature</source>
        <translation>{layer} : la couche d'habitat n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="171"/>
        <source>The distance must be a positive number</source>
        <translation>La distance doit être un nombre positif</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="225"/>
        <source>{count} continuums (distance {distance} m: grown and shrunk by {half} m), {dropped} under {min} ha dropped</source>
        <translation>{count} continuums (distance {distance} m : dilatation et érosion de {half} m), {dropped} de moins de {min} ha écartés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="162"/>
        <source>Resolution (RESOLUTION)</source>
        <translation>Résolution (RESOLUTION)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="174"/>
        <source>Dispersal distance (DISTANCE)</source>
        <translation>Distance de dispersion (DISTANCE)</translation>
    </message>
</context>
<context>
    <name>FactSheetDock</name>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="163"/>
        <source>AULA fact sheets</source>
        <translation>Fiches AULA</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="178"/>
        <source>The territory the cards and bars compare with</source>
        <translation>Le territoire auquel les cartes et les barres comparent</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="179"/>
        <source>&amp;Sheet</source>
        <translation>&amp;Fiche</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="180"/>
        <source>&amp;Compare with</source>
        <translation>&amp;Comparer avec</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="183"/>
        <source>Figures as CSV (long format)…</source>
        <translation>Chiffres en CSV (format long)…</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="184"/>
        <source>Charts as PNG or SVG…</source>
        <translation>Graphiques en PNG ou SVG…</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="185"/>
        <source>Sheet as PDF…</source>
        <translation>Fiche en PDF…</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="216"/>
        <source>No indicators read from {}: {}</source>
        <translation>Aucun indicateur lu dans {} : {}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="256"/>
        <source>Nearest parent</source>
        <translation>Parent le plus proche</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="289"/>
        <source>Choose a territory.</source>
        <translation>Choisissez un territoire.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="312"/>
        <source>Only the populations of the territory package: import indicators (INSEE comparateur) into the working copy for the whole sheet.</source>
        <translation>Seules les populations du paquet territorial sont disponibles : importez des indicateurs (comparateur de territoires de l'INSEE) dans la copie de travail pour une fiche complète.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="378"/>
        <source>Vintage: {}</source>
        <translation>Millésime : {}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="508"/>
        <source>Source: {}</source>
        <translation>Source : {}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="395"/>
        <source>{vintage} · source: {source}</source>
        <translation>{vintage} · source : {source}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="482"/>
        <source>No figure.</source>
        <translation>Aucun chiffre.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="491"/>
        <source>{territory}: {rate} {unit} ({start}-{end})</source>
        <translation>{territory} : {rate} {unit} ({start}-{end})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="527"/>
        <source>Sources: {}</source>
        <translation>Sources : {}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="580"/>
        <source>Export the figures</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="580"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="573"/>
        <source>Could not write {}: {}</source>
        <translation>Impossible d'écrire {} : {}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="616"/>
        <source>Export the charts</source>
        <translation>Exporter les graphiques</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="625"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="626"/>
        <source>&amp;Resolution</source>
        <translation>&amp;Résolution</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="633"/>
        <source>Folder for the charts</source>
        <translation>Dossier des graphiques</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="642"/>
        <source>{} charts written to {}</source>
        <translation>{} graphiques écrits dans {}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="470"/>
        <source>Drawing the chart…</source>
        <translation>Graphique en cours de dessin…</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="516"/>
        <source>… and {} more notes: see each figure's tooltip</source>
        <translation>… et {} autres notes : voir l'infobulle de chaque chiffre</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="566"/>
        <source>Export the sheet</source>
        <translation>Exporter la fiche</translation>
    </message>
</context>
<context>
    <name>FactSheetExport</name>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="44"/>
        <source>Export the communes&apos; fact sheets</source>
        <translation>Exporter les fiches des communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="47"/>
        <source>fact sheet,fiche,chiffres clés,key figures,PDF,layout,commune,epci,indicator</source>
        <translation>fiche,fact sheet,chiffres clés,key figures,PDF,mise en page,commune,epci,indicateur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="56"/>
        <source>Communes (territory GeoPackage)</source>
        <translation>Communes (GeoPackage du territoire)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="61"/>
        <source>The commune table of the AULA territory GeoPackage or of its working copy: the communes&apos; parents and the indicator tables are read from that GeoPackage.</source>
        <translation>La table des communes du GeoPackage du territoire AULA ou de sa copie de travail : les parents des communes et les tables d'indicateurs sont lus dans ce GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="68"/>
        <source>Territory (code)</source>
        <translation>Territoire (code)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="71"/>
        <source>Code of the territory whose communes get a sheet: an EPCI SIREN, a SCoT, pôle or agency id, a département; a commune's INSEE code gives its sheet alone.</source>
        <translation>Code du territoire dont les communes reçoivent une fiche : SIREN d'un EPCI, identifiant d'un SCoT, d'un pôle ou de l'agence, département ; le code INSEE d'une commune donne sa seule fiche.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="78"/>
        <source>Sheet definition (YAML, optional)</source>
        <translation>Définition de la fiche (YAML, facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="84"/>
        <source>Empty: the default sheet « Chiffres clés ».</source>
        <translation>Vide : la fiche « Chiffres clés » par défaut.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="86"/>
        <source>Other indicator GeoPackage (optional)</source>
        <translation>Autre GeoPackage d'indicateurs (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="92"/>
        <source>A GeoPackage holding indicator tables, read besides the communes&apos; own.</source>
        <translation>Un GeoPackage contenant des tables d'indicateurs, lu en plus de celui des communes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="96"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="99"/>
        <source>Receives one PDF per commune, named after its INSEE code.</source>
        <translation>Reçoit un PDF par commune, nommé d'après son code INSEE.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="114"/>
        <source>Number of sheets</source>
        <translation>Nombre de fiches</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="122"/>
        <source>Give the territory code (TERRITORY)</source>
        <translation>Indiquez le code du territoire (TERRITORY)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="153"/>
        <source>The sheets could not be written to {path}: {error}</source>
        <translation>Les fiches n'ont pas pu être écrites dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="159"/>
        <source>{count} sheet(s) written to {path}</source>
        <translation>{count} fiche(s) écrite(s) dans {path}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="101"/>
        <source>Sheets of</source>
        <translation>Fiches de</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="101"/>
        <source>each commune of the territory</source>
        <translation>chaque commune du territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="101"/>
        <source>the territory itself</source>
        <translation>le territoire lui-même</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="107"/>
        <source>Each commune of the territory gets its sheet, or the territory gets one sheet (an EPCI compared with its SCoT, the agency's area and the département).</source>
        <translation>Une fiche par commune du territoire, ou une seule fiche pour le territoire (un EPCI comparé à son SCoT, à l'aire de l'agence et au département).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="137"/>
        <source>{territory}: {count} sheet(s)</source>
        <translation>{territory} : {count} fiche(s)</translation>
    </message>
</context>
<context>
    <name>FrictionFromLandcover</name>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="84"/>
        <source>Friction from land cover</source>
        <translation>Friction depuis l'occupation du sol</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="87"/>
        <source>tvb,trame verte et bleue,friction,resistance,cost,land cover,ocs ge,corine,trame noire,light pollution</source>
        <translation>tvb,trame verte et bleue,friction,résistance,coût,occupation du sol,ocs ge,corine,trame noire,pollution lumineuse</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="93"/>
        <source>Land cover</source>
        <translation>Occupation du sol</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="98"/>
        <source>Raster of integer codes, or polygons with a code field.</source>
        <translation>Raster de codes entiers, ou polygones avec un champ de code.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="100"/>
        <source>Land-cover code field (polygons)</source>
        <translation>Champ du code d'occupation du sol (polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="106"/>
        <source>code_cs for OCS GE, CODE_18 for CORINE Land Cover.</source>
        <translation>code_cs pour l'OCS GE, CODE_18 pour CORINE Land Cover.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="108"/>
        <source>Usage field (OCS GE, optional)</source>
        <translation>Champ d'usage (OCS GE, facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="114"/>
        <source>code_us: with the code field, the OCS GE (cover, usage) pair.</source>
        <translation>code_us : avec le champ de code, le couple (couverture, usage) de l'OCS GE.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="116"/>
        <source>Friction table</source>
        <translation>Table de friction</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="116"/>
        <source>Built-in OCS GE table</source>
        <translation>Table OCS GE intégrée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="116"/>
        <source>Built-in CORINE Land Cover table</source>
        <translation>Table CORINE Land Cover intégrée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="116"/>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="126"/>
        <source>Sources and versions in resources/tvb/README.md.</source>
        <translation>Sources et versions dans resources/tvb/README.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="128"/>
        <source>Friction table file (CSV)</source>
        <translation>Fichier de la table de friction (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="131"/>
        <source>Used when the friction table is a CSV file.</source>
        <translation>Utilisé quand la table de friction est un fichier CSV.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="133"/>
        <source>The column of the friction table to use.</source>
        <translation>La colonne de la table de friction à utiliser.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="136"/>
        <source>Resolution (m)</source>
        <translation>Résolution (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="143"/>
        <source>Cell size in metres: 25 to 50 m for an intercommunal study.</source>
        <translation>Taille de cellule en mètres : 25 à 50 m pour une étude intercommunale.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="145"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="146"/>
        <source>By default the land cover&apos;s extent.</source>
        <translation>Par défaut, l'emprise de l'occupation du sol.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="148"/>
        <source>Linear infrastructure (optional)</source>
        <translation>Infrastructures linéaires (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="154"/>
        <source>Roads, railways, watercourses: burned with the friction of their class.</source>
        <translation>Routes, voies ferrées, cours d'eau : gravés avec la friction de leur classe.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="158"/>
        <source>Infrastructure class field</source>
        <translation>Champ de classe des infrastructures</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="164"/>
        <source>Field holding the class; a layer without it takes its class from its name (railway, watercourse, motorway).</source>
        <translation>Champ qui porte la classe ; une couche qui ne l'a pas prend sa classe de son nom (voie ferrée, cours d'eau, autoroute).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="171"/>
        <source>Infrastructure table (CSV, optional)</source>
        <translation>Table des infrastructures (CSV, facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="177"/>
        <source>Class, width (m) and friction per sub-network.</source>
        <translation>Classe, largeur (m) et friction par sous-trame.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="181"/>
        <source>Light (optional, trame noire)</source>
        <translation>Lumière (facultatif, trame noire)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="187"/>
        <source>Radiance raster (light increases with the value) or lamp points.</source>
        <translation>Raster de radiance (la lumière croît avec la valeur) ou points lumineux.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="189"/>
        <source>Lamp weight field</source>
        <translation>Champ de poids des points lumineux</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="192"/>
        <source>For example puissance_w; each lamp weighs 1 without it.</source>
        <translation>Par exemple puissance_w ; sans lui, chaque point lumineux pèse 1.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="194"/>
        <source>Effect of light on friction</source>
        <translation>Effet de la lumière sur la friction</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="194"/>
        <source>Multiply</source>
        <translation>Multiplier</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="194"/>
        <source>Raise to a floor</source>
        <translation>Relever jusqu'à un plancher</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="194"/>
        <source>Barrier above a threshold</source>
        <translation>Barrière au-delà d'un seuil</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="204"/>
        <source>f × (1 + (k − 1) s), max(f, g × s), or impassable where s ≥ t.</source>
        <translation>f × (1 + (k − 1) s), max(f, g × s), ou infranchissable là où s ≥ t.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Light at full effect</source>
        <translation>Lumière à plein effet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Radiance, or sum of lamp weights × decay, giving s = 1.</source>
        <translation>Radiance, ou somme des poids des points lumineux × atténuation, donnant s = 1.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Lamp influence radius (m)</source>
        <translation>Rayon d'influence des points lumineux (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Lamp light decreases linearly to zero at this distance.</source>
        <translation>La lumière d'un point lumineux décroît linéairement jusqu'à zéro à cette distance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Multiplier at full light (k)</source>
        <translation>Multiplicateur en pleine lumière (k)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Multiply mode: friction × k where s = 1.</source>
        <translation>Mode multiplier : friction × k là où s = 1.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Friction floor at full light (g)</source>
        <translation>Plancher de friction en pleine lumière (g)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Floor mode: friction at least g × s.</source>
        <translation>Mode plancher : friction d'au moins g × s.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Barrier threshold (t)</source>
        <translation>Seuil de barrière (t)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Barrier mode: cells with s ≥ t become impassable.</source>
        <translation>Mode barrière : les cellules où s ≥ t deviennent infranchissables.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="245"/>
        <source>Friction</source>
        <translation>Friction</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="248"/>
        <source>Float32 GeoTIFF, NaN = impassable, Lambert-93.</source>
        <translation>GeoTIFF Float32, NaN = infranchissable, Lambert-93.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="258"/>
        <source>Friction table: choose a CSV file (TABLE_FILE)</source>
        <translation>Table de friction : choisissez un fichier CSV (TABLE_FILE)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="264"/>
        <source>Land cover: the layer is missing or invalid</source>
        <translation>Occupation du sol : la couche est absente ou invalide</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="265"/>
        <source>land cover</source>
        <translation>occupation du sol</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="275"/>
        <source>{layer}: the land cover must be a raster or polygons</source>
        <translation>{layer} : l'occupation du sol doit être un raster ou des polygones</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="281"/>
        <source>{layer}: the land-cover layer has no feature</source>
        <translation>{layer} : la couche d'occupation du sol n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="287"/>
        <source>{layer}: choose the land-cover code field (CODE_FIELD)</source>
        <translation>{layer} : choisissez le champ du code d'occupation du sol (CODE_FIELD)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="294"/>
        <source>{layer}: no field {field}</source>
        <translation>{layer} : pas de champ {field}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="323"/>
        <source>linear infrastructure</source>
        <translation>infrastructures linéaires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="328"/>
        <source>light</source>
        <translation>lumière</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="334"/>
        <source>{layer}: light must be a raster or lamp points</source>
        <translation>{layer} : la lumière doit être un raster ou des points lumineux</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="371"/>
        <source>Grid: {cols} × {rows} cells of {res} m</source>
        <translation>Grille : {cols} × {rows} cellules de {res} m</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="382"/>
        <source>Friction of {subnetwork} from {table}: {cells} cells, {nan} impassable, {burned} burned by infrastructure</source>
        <translation>Friction de {subnetwork} depuis {table} : {cells} cellules, {nan} infranchissables, {burned} gravées par les infrastructures</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="302"/>
        <source>Resolution (RESOLUTION)</source>
        <translation>Résolution (RESOLUTION)</translation>
    </message>
</context>
<context>
    <name>GraphReader</name>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="51"/>
        <source>{layer}: the CRS {crs} is not projected: areas in hectares need a projected CRS such as EPSG:2154 (Lambert-93)</source>
        <translation>{layer} : le SCR {crs} n'est pas projeté : les surfaces en hectares demandent un SCR projeté comme EPSG:2154 (Lambert-93)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="54"/>
        <source>{layer}: {count} features have an empty identifier ({field})</source>
        <translation>{layer} : {count} entités ont un identifiant vide ({field})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="56"/>
        <source>{layer}: duplicate identifiers in {field}: {ids}</source>
        <translation>{layer} : identifiants en double dans {field} : {ids}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="58"/>
        <source>{layer}: {count} features have an empty, non-numeric or negative capacity ({field})</source>
        <translation>{layer} : {count} entités ont une capacité vide, non numérique ou négative ({field})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="61"/>
        <source>{layer}: the layer has no feature</source>
        <translation>{layer} : la couche ne contient aucune entité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="62"/>
        <source>{layer}: {count} links without from_id, to_id or cost were ignored</source>
        <translation>{layer} : {count} liens sans from_id, to_id ou cost ont été ignorés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="64"/>
        <source>{layer}: {message}</source>
        <translation>{layer} : {message}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="65"/>
        <source>{layer}: links in different cost units ({units})</source>
        <translation>{layer} : liens dans des unités de coût différentes ({units})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="66"/>
        <source>Reference distance d0 (cost units)</source>
        <translation>Distance de référence d0 (unités de coût)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="67"/>
        <source>Probability p0 at d0</source>
        <translation>Probabilité p0 à la distance d0</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="68"/>
        <source>{layer}: no link between the patches: every patch is isolated</source>
        <translation>{layer} : aucun lien entre les taches : chaque tache est isolée</translation>
    </message>
</context>
<context>
    <name>ImportIndicators</name>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="56"/>
        <source>Import indicators (CSV)</source>
        <translation>Importer des indicateurs (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="59"/>
        <source>indicator,indicateur,import,csv,insee,comparateur,recensement,census,fiche,fact sheet,chiffres clés</source>
        <translation>indicateur,indicator,import,csv,insee,comparateur,recensement,census,fiche,fact sheet,chiffres clés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="65"/>
        <source>Indicator file (CSV)</source>
        <translation>Fichier d'indicateurs (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="71"/>
        <source>The INSEE « comparateur de territoires » commune base (recognised from its header), or any long or wide CSV file described by a mapping.</source>
        <translation>La base communale du « comparateur de territoires » de l'INSEE (reconnue à son en-tête), ou tout fichier CSV long ou large décrit par un fichier de correspondance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="78"/>
        <source>Mapping of the file&apos;s columns (YAML, optional)</source>
        <translation>Correspondance des colonnes du fichier (YAML, facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="84"/>
        <source>Needed for a file that is not the comparateur base: its layout (long or wide), territory code column, indicators and vintages.</source>
        <translation>Nécessaire pour un fichier qui n'est pas la base du comparateur : sa disposition (longue ou large), la colonne du code du territoire, les indicateurs et les millésimes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="91"/>
        <source>Territory GeoPackage (written)</source>
        <translation>GeoPackage du territoire (écrit)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="97"/>
        <source>Your working copy of the territory GeoPackage (made when you open the territory project): its communes and parents are used and its indicator tables written. Never the plugin&apos;s own template.</source>
        <translation>Votre copie de travail du GeoPackage du territoire (créée à l'ouverture du projet du territoire) : ses communes et leurs parents sont utilisés et ses tables d'indicateurs écrites. Jamais le modèle livré avec l'extension.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="105"/>
        <source>Existing indicator tables</source>
        <translation>Tables d'indicateurs existantes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="105"/>
        <source>Replace their content</source>
        <translation>Remplacer leur contenu</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="105"/>
        <source>Merge (keep the other indicators)</source>
        <translation>Fusionner (garder les autres indicateurs)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="111"/>
        <source>Replace: the tables then hold this file&apos;s figures only. Merge: the figures already there are kept, those of the same territory, indicator and vintage replaced, and the parents computed again.</source>
        <translation>Remplacer : les tables ne contiennent ensuite que les chiffres de ce fichier. Fusionner : les chiffres déjà présents sont gardés, ceux de même territoire, indicateur et millésime remplacés, et les parents recalculés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="119"/>
        <source>Territory GeoPackage</source>
        <translation>GeoPackage du territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="120"/>
        <source>Communes written</source>
        <translation>Communes écrites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="121"/>
        <source>Communes outside the territory</source>
        <translation>Communes hors du territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="124"/>
        <source>Communes missing from the file</source>
        <translation>Communes absentes du fichier</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="127"/>
        <source>Values written</source>
        <translation>Valeurs écrites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="131"/>
        <source>Cancelled by the user: nothing was written</source>
        <translation>Annulé par l'utilisateur : rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="169"/>
        <source>INSEE comparateur base</source>
        <translation>base du comparateur INSEE</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="169"/>
        <source>mapped CSV</source>
        <translation>CSV avec correspondance</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="170"/>
        <source>{file} ({kind}, {geo}): {rows} line(s), {communes} commune(s) read</source>
        <translation>{file} ({kind}, {geo}) : {rows} ligne(s), {communes} commune(s) lue(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="177"/>
        <source>{count} line(s) repeating a commune&apos;s figures read once</source>
        <translation>{count} ligne(s) répétant les chiffres d'une commune lue(s) une seule fois</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="183"/>
        <source>COG {source} → {target}: {olds} merged into {new} (counts summed, rates recomputed from their sums)</source>
        <translation>COG {source} → {target} : {olds} fusionnée(s) dans {new} (effectifs additionnés, taux recalculés à partir de leurs sommes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="192"/>
        <source>Not computable for the merged communes (medians), left missing: {ids}</source>
        <translation>Non calculables pour les communes fusionnées (médianes), laissés manquants : {ids}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="197"/>
        <source>{count} commune(s) of the territory written</source>
        <translation>{count} commune(s) du territoire écrite(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="199"/>
        <source>{count} commune(s) of the file outside the territory, not written: {codes}</source>
        <translation>{count} commune(s) du fichier hors du territoire, non écrite(s) : {codes}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="205"/>
        <source>{count} commune(s) of the territory missing from the file (n.d.; their parents are not computed): {codes}</source>
        <translation>{count} commune(s) du territoire absente(s) du fichier (n.d. ; leurs parents ne sont pas calculés) : {codes}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="211"/>
        <source>Indicators: {ids}; vintages: {vintages}</source>
        <translation>Indicateurs : {ids} ; millésimes : {vintages}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="211"/>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="217"/>
        <source>{parents} parent value(s) computed by their rule (ratio of sums for rates), {flagged} left missing for members without a value</source>
        <translation>{parents} valeur(s) de parents calculée(s) selon leur règle (rapport des sommes pour les taux), {flagged} laissée(s) manquante(s) faute de valeur pour des membres</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="224"/>
        <source>{level} {code}: computed from all the communes of the file</source>
        <translation>{level} {code} : calculé à partir de toutes les communes du fichier</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="230"/>
        <source>{count} synthetic demonstration value(s) of the same indicators removed</source>
        <translation>{count} valeur(s) synthétique(s) de démonstration des mêmes indicateurs retirée(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="235"/>
        <source>{gpkg}: {values} value(s) written in the indicator tables ({mode})</source>
        <translation>{gpkg} : {values} valeur(s) écrite(s) dans les tables d'indicateurs ({mode})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="235"/>
        <source>replaced</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="235"/>
        <source>merged</source>
        <translation>fusion</translation>
    </message>
</context>
<context>
    <name>LeastCostCorridors</name>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="343"/>
        <source>Least-cost corridors</source>
        <translation>Corridors de moindre coût</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="96"/>
        <source>tvb,corridor,least-cost path,graph,graphab,linkage mapper,nlcc,corridor écologique,chemin de moindre coût,graphe paysager</source>
        <translation>tvb,corridor,corridor écologique,chemin de moindre coût,graphe paysager,graphab,linkage mapper,nlcc,least-cost path,graph</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="102"/>
        <source>Friction raster</source>
        <translation>Raster de friction</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="103"/>
        <source>Band 1; nodata = impassable; EPSG:2154 expected.</source>
        <translation>Bande 1 ; sans donnée = infranchissable ; EPSG:2154 attendu.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="105"/>
        <source>Reservoirs</source>
        <translation>Réservoirs de biodiversité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="105"/>
        <source>Polygons of the sub-network, e.g. from aula:reservoirs.</source>
        <translation>Polygones de la sous-trame, par exemple issus d'aula:reservoirs.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="111"/>
        <source>Reservoir identifier field</source>
        <translation>Champ identifiant des réservoirs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="114"/>
        <source>Sub-network</source>
        <translation>Sous-trame</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="120"/>
        <source>Written in the sous_trame field of the outputs.</source>
        <translation>Écrite dans le champ sous_trame des sorties.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="122"/>
        <source>Graph topology</source>
        <translation>Topologie du graphe</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="320"/>
        <source>planar (neighbouring reservoirs)</source>
        <translation>planaire (réservoirs voisins)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="321"/>
        <source>all pairs within the maximum cost</source>
        <translation>toutes les paires dans la limite du coût maximal</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="131"/>
        <source>Planar: one cost run; all pairs: one run per reservoir.</source>
        <translation>Planaire : un seul calcul de coût ; toutes les paires : un calcul par réservoir.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="133"/>
        <source>Maximum cost (0 = unlimited)</source>
        <translation>Coût maximal (0 = illimité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="140"/>
        <source>Links costing more are dropped; required for all pairs.</source>
        <translation>Les liens plus coûteux sont écartés ; obligatoire pour toutes les paires.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="143"/>
        <source>Knight&apos;s move (16 neighbours)</source>
        <translation>Saut du cavalier (16 voisins)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="146"/>
        <source>More accurate directions, slower (r.cost -k).</source>
        <translation>Directions plus précises, calcul plus lent (r.cost -k).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="151"/>
        <source>Lines: id, from_id, to_id, cost, length_m, sous_trame, units.</source>
        <translation>Lignes : id, from_id, to_id, cost, length_m, sous_trame, units.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="343"/>
        <source>Patch graph</source>
        <translation>Graphe paysager</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="160"/>
        <source>Table: from_id, to_id, cost, length_m, sous_trame, units.</source>
        <translation>Table : from_id, to_id, cost, length_m, sous_trame, units.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="162"/>
        <source>Normalised least-cost corridor (NLCC)</source>
        <translation>Corridor de moindre coût normalisé (NLCC)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="168"/>
        <source>Float32 GeoTIFF, nodata -1; one cost run per reservoir.</source>
        <translation>GeoTIFF Float32, sans donnée = -1 ; un calcul de coût par réservoir.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="170"/>
        <source>Corridor width tolerance (cost units, 0 = all)</source>
        <translation>Tolérance de largeur du corridor (unités de coût, 0 = tout)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="177"/>
        <source>Keep only the cells whose NLCC is at most this value.</source>
        <translation>Ne garder que les cellules dont le NLCC ne dépasse pas cette valeur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="194"/>
        <source>{layer}: the layer has no feature</source>
        <translation>{layer} : la couche ne contient aucune entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="220"/>
        <source>The topology “all pairs” needs a maximum cost greater than 0</source>
        <translation>La topologie « toutes les paires » demande un coût maximal supérieur à 0</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="258"/>
        <source>Grid: {grid}; {n} reservoirs</source>
        <translation>Grille : {grid} ; {n} réservoirs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="206"/>
        <source>{what} (no path on {layer} costs more)</source>
        <translation>{what} (aucun chemin sur {layer} ne coûte davantage)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="207"/>
        <source>Maximum cost</source>
        <translation>Coût maximal</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="213"/>
        <source>Corridor width tolerance</source>
        <translation>Tolérance de largeur du corridor</translation>
    </message>
</context>
<context>
    <name>MergePackage</name>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="54"/>
        <source>Merge an offline copy</source>
        <translation>Fusionner une copie hors ligne</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="57"/>
        <source>offline,hors ligne,merge,fusion,conflict,conflit,rebase,pygeodiff,geodiff,diff,copy,copie,geopackage,gpkg,paquet,package</source>
        <translation>hors ligne,offline,fusion,merge,conflit,conflict,rebase,pygeodiff,geodiff,diff,copie,copy,geopackage,gpkg,paquet,package</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="63"/>
        <source>Master GeoPackage (written)</source>
        <translation>GeoPackage maître (écrit)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="70"/>
        <source>The package the copy was checked out from, by default your working copy. A backup of it is made before it is written.</source>
        <translation>Le paquet dont la copie a été extraite, par défaut votre copie de travail. Une sauvegarde en est faite avant qu'il soit écrit.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="77"/>
        <source>Offline copy</source>
        <translation>Copie hors ligne</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="83"/>
        <source>The copy made by « Check out an offline copy »; it is only read.</source>
        <translation>La copie faite par « Extraire une copie hors ligne » ; elle est seulement lue.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="141"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="85"/>
        <source>Stop: merge nothing while a conflict is undecided</source>
        <translation>Arrêter : ne rien fusionner tant qu'un conflit n'est pas tranché</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="85"/>
        <source>Keep the master&apos;s version</source>
        <translation>Garder la version du maître</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="85"/>
        <source>Keep the copy&apos;s version</source>
        <translation>Garder la version de la copie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="95"/>
        <source>A conflict: the same field of the same feature edited in both packages, or a feature edited in one and deleted in the other. Every other edit is merged.</source>
        <translation>Un conflit : le même champ de la même entité modifié dans les deux paquets, ou une entité modifiée dans l'un et supprimée dans l'autre. Toute autre modification est fusionnée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="102"/>
        <source>Choices per conflict (the report, CSV or JSON; optional)</source>
        <translation>Choix par conflit (le rapport, CSV ou JSON ; facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="102"/>
        <source>Conflict report (*.csv *.json)</source>
        <translation>Rapport des conflits (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="109"/>
        <source>The conflict report of a dry run with its resolution column set to master or copy (maître, copie): those conflicts are decided so, the others by the policy.</source>
        <translation>Le rapport des conflits d'une simulation, sa colonne resolution remplie par master ou copy (maître, copie) : ces conflits sont tranchés ainsi, les autres selon la règle choisie.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="116"/>
        <source>Dry run: list the changes and conflicts only</source>
        <translation>Simulation : lister seulement les changements et les conflits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="119"/>
        <source>Nothing is written to the master.</source>
        <translation>Rien n'est écrit dans le maître.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="126"/>
        <source>Conflict report</source>
        <translation>Rapport des conflits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="126"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="133"/>
        <source>Table, feature, field, base, master and copy values and resolution of each conflict; edit its resolution column and give it back as the choices.</source>
        <translation>Table, entité, champ, valeurs de base, du maître et de la copie et résolution de chaque conflit ; remplissez sa colonne resolution et redonnez-le comme choix.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="140"/>
        <source>Merged (1) or not (0)</source>
        <translation>Fusionné (1) ou non (0)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="142"/>
        <source>Undecided conflicts</source>
        <translation>Conflits non tranchés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="143"/>
        <source>Backup of the master</source>
        <translation>Sauvegarde du maître</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="193"/>
        <source>{table}: {inserted} added, {updated} changed, {deleted} deleted</source>
        <translation>{table} : {inserted} ajoutée(s), {updated} modifiée(s), {deleted} supprimée(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="194"/>
        <source>Edits of the copy:</source>
        <translation>Modifications de la copie :</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="194"/>
        <source>Edits of the master since the checkout:</source>
        <translation>Modifications du maître depuis l'extraction :</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="203"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="205"/>
        <source>Conflict {table} {key} {field}: base {base!r}, master {master!r}, copy {copy!r} -&gt; {resolution}</source>
        <translation>Conflit {table} {key} {field} : base {base!r}, maître {master!r}, copie {copy!r} -&gt; {resolution}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="208"/>
        <source>undecided</source>
        <translation>non tranché</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="211"/>
        <source>Merged into {master}; backup: {backup}</source>
        <translation>Fusionné dans {master} ; sauvegarde : {backup}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="217"/>
        <source>Dry run: the master was not written</source>
        <translation>Simulation : le maître n'a pas été écrit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="219"/>
        <source>{count} conflict(s) undecided: nothing was merged. Choose a policy or give the choices per conflict</source>
        <translation>{count} conflit(s) non tranché(s) : rien n'a été fusionné. Choisissez une règle ou donnez les choix par conflit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="227"/>
        <source>The copy has no edit: nothing to merge</source>
        <translation>La copie n'a aucune modification : rien à fusionner</translation>
    </message>
</context>
<context>
    <name>PanelDock</name>
    <message>
        <location filename="../aula_plugin/gui/panel_dock.py" line="70"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/panel_dock.py" line="70"/>
        <source>Read the data again</source>
        <translation>Relire les données</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/panel_dock.py" line="72"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/panel_dock.py" line="72"/>
        <source>Export this panel</source>
        <translation>Exporter ce panneau</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/panel_dock.py" line="75"/>
        <source>New panel</source>
        <translation>Nouveau panneau</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/panel_dock.py" line="75"/>
        <source>Open another panel</source>
        <translation>Ouvrir un autre panneau</translation>
    </message>
</context>
<context>
    <name>PinchPoints</name>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="92"/>
        <source>Pinch points (circuit theory in the corridors)</source>
        <translation>Points de pincement (circuits)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="95"/>
        <source>tvb,pinch point,pinchpoint mapper,linkage mapper,circuitscape,current,corridor,goulet d'étranglement,point de pincement,courant</source>
        <translation>tvb,point de pincement,goulet d'étranglement,pinch point,pinchpoint mapper,linkage mapper,circuitscape,courant,corridor,current</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="101"/>
        <source>Friction raster</source>
        <translation>Raster de friction</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="102"/>
        <source>The friction of the corridor run; it is also the resistance.</source>
        <translation>La friction du calcul des corridors ; elle sert aussi de résistance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="104"/>
        <source>Reservoirs</source>
        <translation>Réservoirs de biodiversité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="104"/>
        <source>The reservoirs of the corridor run.</source>
        <translation>Les réservoirs du calcul des corridors.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="109"/>
        <source>Reservoir identifier field</source>
        <translation>Champ identifiant des réservoirs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="112"/>
        <source>Links (aula:leastcostcorridors)</source>
        <translation>Liaisons (aula:leastcostcorridors)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="115"/>
        <source>Corridor lines or patch graph: from_id, to_id, cost, units.</source>
        <translation>Lignes de corridors ou graphe des taches : from_id, to_id, cost, units.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="117"/>
        <source>Corridor width (cost units)</source>
        <translation>Largeur des corridors (unités de coût)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="124"/>
        <source>Cells whose NLCC is at most this value form the corridor.</source>
        <translation>Les cellules dont le corridor de moindre coût normalisé (NLCC) ne dépasse pas cette valeur forment le corridor.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="126"/>
        <source>Resistance of zero-friction cells</source>
        <translation>Résistance des cellules de friction nulle</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="133"/>
        <source>Circuit theory needs positive resistances.</source>
        <translation>La théorie des circuits exige des résistances positives.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="135"/>
        <source>All-to-one current over the corridor network</source>
        <translation>Courant « tous vers un » sur le réseau de corridors</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="140"/>
        <source>Pinch point percentile</source>
        <translation>Centile des points de pincement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="148"/>
        <source>Cells at or above this percentile of the current mosaic.</source>
        <translation>Cellules au niveau ou au-dessus de ce centile de la mosaïque de courant.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="301"/>
        <source>Pinch points</source>
        <translation>Points de pincement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="153"/>
        <source>Polygons ranked by current, with the links they sit on.</source>
        <translation>Polygones classés par courant, avec les liaisons sur lesquelles ils se trouvent.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="155"/>
        <source>Current density (corridor mosaic)</source>
        <translation>Densité de courant (mosaïque des corridors)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="158"/>
        <source>Float32 GeoTIFF (A, 1 A per link); maximum over the links.</source>
        <translation>GeoTIFF Float32 (A, 1 A par liaison) ; maximum sur les liaisons.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="160"/>
        <source>All-to-one current</source>
        <translation>Courant « tous vers un »</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="168"/>
        <source>Effective resistance of the links</source>
        <translation>Résistance effective des liaisons</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="175"/>
        <source>One row per link: resistance, cost-to-resistance ratio.</source>
        <translation>Une ligne par liaison : résistance, rapport coût/résistance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="197"/>
        <source>{layer}: the layer has no feature</source>
        <translation>{layer} : la couche ne contient aucune entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="205"/>
        <source>Corridor width (no path on {layer} costs more)</source>
        <translation>Largeur des corridors (aucun chemin de {layer} ne coûte plus)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="251"/>
        <source>Grid: {grid}; {n} links; corridor width {width:g} ({units})</source>
        <translation>Grille : {grid} ; {n} liaisons ; largeur des corridors {width:g} ({units})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="272"/>
        <source>{n} pinch points at or above {threshold:.4g} A (percentile {p:g}); {seconds:.1f} s, of which {cost:.1f} s in cost runs and {circuit:.1f} s in circuits</source>
        <translation>{n} points de pincement à {threshold:.4g} A ou plus (centile {p:g}) ; {seconds:.1f} s, dont {cost:.1f} s de calculs de coût et {circuit:.1f} s de circuits</translation>
    </message>
</context>
<context>
    <name>PublishPostgis</name>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="50"/>
        <source>Publish the package to PostGIS</source>
        <translation>Publier le paquet dans PostGIS</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="53"/>
        <source>postgis,postgresql,publish,publier,database,base de données,schema,schéma,team,équipe,server,serveur,paquet,package</source>
        <translation>postgis,postgresql,publier,publish,base de données,database,schéma,schema,équipe,team,serveur,server,paquet,package</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="59"/>
        <source>GeoPackage to publish</source>
        <translation>GeoPackage à publier</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="66"/>
        <source>By default your working copy of the territory GeoPackage; it is only read.</source>
        <translation>Par défaut votre copie de travail du GeoPackage du territoire ; elle est seulement lue.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="70"/>
        <source>PostgreSQL connection</source>
        <translation>Connexion PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="73"/>
        <source>A connection saved in QGIS (Browser › PostgreSQL); its database needs the PostGIS extension.</source>
        <translation>Une connexion enregistrée dans QGIS (Explorateur › PostgreSQL) ; sa base doit avoir l'extension PostGIS.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="102"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="83"/>
        <source>A new schema name (lowercase letters, digits, _) is created; a schema that already holds an AULA package is replaced as a whole; a schema of other data is never replaced.</source>
        <translation>Un nouveau nom de schéma (minuscules, chiffres, _) est créé ; un schéma qui contient déjà un paquet AULA est remplacé en entier ; un schéma d'autres données n'est jamais remplacé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="91"/>
        <source>Replace an earlier publication</source>
        <translation>Remplacer une publication précédente</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="95"/>
        <source>Published tables</source>
        <translation>Tables publiées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="100"/>
        <source>Tables published</source>
        <translation>Tables publiées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="101"/>
        <source>Rows published</source>
        <translation>Lignes publiées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="134"/>
        <source>{path} published as the schema {schema} of {database} (PostGIS {version}): {tables} tables, {rows} rows</source>
        <translation>{path} publié comme schéma {schema} de {database} (PostGIS {version}) : {tables} tables, {rows} lignes</translation>
    </message>
</context>
<context>
    <name>Reservoirs</name>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="146"/>
        <source>Biodiversity reservoirs</source>
        <translation>Réservoirs de biodiversité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="75"/>
        <source>tvb,trame verte et bleue,reservoir,znieff,natura 2000,appb,habitat,patch</source>
        <translation>tvb,trame verte et bleue,réservoir de biodiversité,znieff,natura 2000,appb,habitat,tache d'habitat,reservoir,patch</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="80"/>
        <source>Zonings (optional)</source>
        <translation>Zonages (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="86"/>
        <source>ZNIEFF 1, Natura 2000, APPB, reserves, ENS: one layer each or one layer.</source>
        <translation>ZNIEFF 1, Natura 2000, APPB, réserves, ENS : une couche par type ou une seule couche.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="90"/>
        <source>Zoning type field</source>
        <translation>Champ du type de zonage</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="96"/>
        <source>Field giving the zoning type; a layer without it takes its type from its name (e.g. znieff1, natura2000).</source>
        <translation>Champ qui donne le type de zonage ; une couche qui ne l'a pas prend son type de son nom (par ex. znieff1, natura2000).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="103"/>
        <source>Zoning types kept</source>
        <translation>Types de zonage retenus</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="110"/>
        <source>None chosen: every type present.</source>
        <translation>Aucun choisi : tous les types présents.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="112"/>
        <source>Friction raster for habitat patches (optional)</source>
        <translation>Raster de friction pour les taches d'habitat (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="115"/>
        <source>Band 1; NaN and nodata are never habitat.</source>
        <translation>Bande 1 ; NaN et nodata ne sont jamais de l'habitat.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="117"/>
        <source>Habitat: friction at most</source>
        <translation>Habitat : friction au plus</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="124"/>
        <source>0 is the habitat value of the BioDispersal ladder.</source>
        <translation>0 est la valeur d'habitat de l'échelle BioDispersal.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="126"/>
        <source>Written in the sous_trame field and in the ids.</source>
        <translation>Inscrite dans le champ sous_trame et dans les identifiants.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="129"/>
        <source>Minimum patch area (ha)</source>
        <translation>Surface minimale des taches (ha)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="136"/>
        <source>Habitat patches smaller than this are dropped (≥ is kept).</source>
        <translation>Les taches d'habitat plus petites sont écartées (≥ est conservé).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="138"/>
        <source>Patch connectivity</source>
        <translation>Connexité des taches</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="138"/>
        <source>8 neighbours</source>
        <translation>8 voisins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="138"/>
        <source>4 neighbours</source>
        <translation>4 voisins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="144"/>
        <source>8: cells touching by a corner belong to the same patch.</source>
        <translation>8 : les cellules qui se touchent par un coin appartiennent à la même tache.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="151"/>
        <source>Fields id, sous_trame, surface_ha, origine; Lambert-93.</source>
        <translation>Champs id, sous_trame, surface_ha, origine ; Lambert-93.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="168"/>
        <source>zonings</source>
        <translation>zonages</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="170"/>
        <source>{layer}: zonings must be polygons</source>
        <translation>{layer} : les zonages doivent être des polygones</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="179"/>
        <source>habitat</source>
        <translation>habitat</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="183"/>
        <source>Give zonings, a friction raster for habitat patches, or both</source>
        <translation>Donnez des zonages, un raster de friction pour les taches d'habitat, ou les deux</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="219"/>
        <source>{count} reservoirs of {subnetwork}</source>
        <translation>{count} réservoirs de biodiversité pour {subnetwork}</translation>
    </message>
</context>
<context>
    <name>ScotCompatibility</name>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="67"/>
        <source>Check compatibility with the SCoT</source>
        <translation>Contrôler la compatibilité SCoT</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="70"/>
        <source>scot,doo,daacl,compatibilité,compatibility,plu,plui,oap,tvb,zan,densité,règles,rules,findings,constats</source>
        <translation>scot,doo,daacl,compatibilité,compatibility,plu,plui,oap,tvb,zan,densité,règles,rules,findings,constats</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="76"/>
        <source>Layer to check (PLU zoning, projects)</source>
        <translation>Couche à vérifier (zonage du PLU, projets)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="80"/>
        <source>The subjects of the rules: a zoning (ZONE_URBA), OAP or projects, in a projected CRS. Other subject layers the rule file names are read from the same GeoPackage.</source>
        <translation>Les objets vérifiés par les règles : un zonage (ZONE_URBA), des OAP ou des projets, dans un système projeté. Les autres couches à vérifier nommées par le fichier de règles sont lues dans le même GeoPackage.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="87"/>
        <source>SCoT rule file (YAML)</source>
        <translation>Fichier de règles du SCoT (YAML)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="87"/>
        <source>SCoT rule files (*.yaml *.yml)</source>
        <translation>Fichiers de règles SCoT (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="92"/>
        <source>Default: the synthetic demo rule set shipped with the plugin.</source>
        <translation>Par défaut : le jeu de règles de démonstration synthétique livré avec l'extension.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="94"/>
        <source>Reference GeoPackage (empty: the subjects&apos; or your working copy)</source>
        <translation>GeoPackage de référence (vide : celui des objets ou votre copie de travail)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="99"/>
        <source>Where the rule file&apos;s tables (SCoT model, communes) and AULA results (found through its results register) are read.</source>
        <translation>Où sont lues les tables du fichier de règles (modèle SCoT, communes) et les résultats AULA (trouvés par son registre des résultats).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="106"/>
        <source>SCoT findings</source>
        <translation>Constats SCoT</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="109"/>
        <source>One row per rule × subject × scope; the geometry is the evidence.</source>
        <translation>Une ligne par règle × objet × échelle ; la géométrie est la preuve.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="111"/>
        <source>SCoT findings: shortest lines</source>
        <translation>Constats SCoT : plus courtes lignes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="115"/>
        <source>The line to the nearest reference feature of the distance tests.</source>
        <translation>La ligne vers l'objet de référence le plus proche, pour les tests de distance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="117"/>
        <source>Findings (JSONL)</source>
        <translation>Constats (JSONL)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="117"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>Lignes JSON (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="120"/>
        <source>Byte-identical for the same inputs, apart from the run time.</source>
        <translation>Identique octet pour octet pour les mêmes entrées, à l'heure d'exécution près.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="122"/>
        <source>Report (HTML or PDF)</source>
        <translation>Rapport (HTML ou PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="122"/>
        <source>HTML files (*.html);;PDF files (*.pdf)</source>
        <translation>Fichiers HTML (*.html);;Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="129"/>
        <source>Findings: {status}</source>
        <translation>Constats : {status}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="140"/>
        <source>{path}: no such rule file</source>
        <translation>{path} : ce fichier de règles n'existe pas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="144"/>
        <source>{path}: no such GeoPackage</source>
        <translation>{path} : ce GeoPackage n'existe pas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="149"/>
        <source>{path}: the report is an .html or .pdf file</source>
        <translation>{path} : le rapport est un fichier .html ou .pdf</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="232"/>
        <source>{count} finding(s): {passed} respected, {warned} to be examined, {failed} deviation(s), {na} not applicable, {ne} not evaluable (never counted as respected)</source>
        <translation>{count} constat(s) : {passed} respecté(s), {warned} à examiner, {failed} écart(s), {na} non applicable(s), {ne} non évaluable(s) (jamais comptés comme respectés)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="199"/>
        <source>Reference tables read from {where}</source>
        <translation>Tables de référence lues dans {where}</translation>
    </message>
</context>
<context>
    <name>ScotImportPlu</name>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="48"/>
        <source>Import a PLU in the CNIG standard</source>
        <translation>Importer un PLU au standard CNIG</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="51"/>
        <source>plu,plui,cnig,zone_urba,prescription,information,ppr,pprt,gpu,géoportail de l'urbanisme,scot,import,zonage,zoning</source>
        <translation>plu,plui,cnig,zone_urba,prescription,information,ppr,pprt,gpu,géoportail de l'urbanisme,scot,import,zonage,zoning</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="57"/>
        <source>CNIG PLU (a shapefile of its folder, or a GeoPackage) or CNIG PPR</source>
        <translation>PLU au standard CNIG (un shapefile de son dossier, ou un GeoPackage) ou PPR CNIG</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="57"/>
        <source>CNIG tables (*.shp *.SHP *.dbf *.DBF *.gpkg);;All files (*)</source>
        <translation>Tables CNIG (*.shp *.SHP *.dbf *.DBF *.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="63"/>
        <source>Any shapefile of the PLU folder (every CNIG table of the folder is read: ZONE_URBA, PRESCRIPTION_SURF/LIN/PCT, INFO_SURF/LIN/PCT, DOC_URBA), the folder itself, or a GeoPackage holding these tables or those of a CNIG PPR.</source>
        <translation>Un shapefile quelconque du dossier du PLU (toutes les tables CNIG du dossier sont lues : ZONE_URBA, PRESCRIPTION_SURF/LIN/PCT, INFO_SURF/LIN/PCT, DOC_URBA), le dossier lui-même, ou un GeoPackage contenant ces tables ou celles d'un PPR CNIG.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="72"/>
        <source>Working GeoPackage (written; empty: your working copy)</source>
        <translation>GeoPackage de travail (écrit ; vide : votre copie de travail)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="79"/>
        <source>An existing GeoPackage you can write to. Empty: your working copy of the territory GeoPackage. Never the plugin&apos;s own template.</source>
        <translation>Un GeoPackage existant dans lequel vous pouvez écrire. Vide : votre copie de travail du GeoPackage du territoire. Jamais le modèle livré avec l'extension.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="87"/>
        <source>Imported zoning</source>
        <translation>Zonage importé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="92"/>
        <source>Tables written</source>
        <translation>Tables écrites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="93"/>
        <source>Features written</source>
        <translation>Entités écrites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="94"/>
        <source>Departures from the standard</source>
        <translation>Écarts au standard</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="97"/>
        <source>Invalid geometries</source>
        <translation>Géométries invalides</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="114"/>
        <source>Cancelled by the user: nothing was written</source>
        <translation>Annulé par l'utilisateur : rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="125"/>
        <source>No CNIG PLU or PPR given</source>
        <translation>Aucun PLU ni PPR CNIG indiqué</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="127"/>
        <source>{path}: no such file or folder</source>
        <translation>{path} : aucun fichier ni dossier de ce nom</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="135"/>
        <source>{path}: your working copy does not exist yet: open the territory project once (AULA menu) or choose a GeoPackage</source>
        <translation>{path} : votre copie de travail n'existe pas encore : ouvrez une fois le projet du territoire (menu AULA) ou choisissez un GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="168"/>
        <source>{gpkg}: {tables} table(s) written, {features} feature(s), {issues} departure(s) from the standard, {invalid} invalid geometry(ies) (listed in {anomalies})</source>
        <translation>{gpkg} : {tables} table(s) écrite(s), {features} entité(s), {issues} écart(s) au standard, {invalid} géométrie(s) invalide(s) (listés dans {anomalies})</translation>
    </message>
</context>
<context>
    <name>ScotResultsDock</name>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="79"/>
        <source>SCoT compatibility results</source>
        <translation>Résultats de compatibilité SCoT</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="84"/>
        <source>Open another panel, on another findings layer</source>
        <translation>Ouvrir un autre panneau, sur une autre couche de constats</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="106"/>
        <source>Findings layer</source>
        <translation>Couche de constats</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="107"/>
        <source>The project&apos;s layers written by the SCoT compatibility check</source>
        <translation>Les couches du projet écrites par le contrôle de compatibilité SCoT</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="111"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="112"/>
        <source>Open a findings file</source>
        <translation>Ouvrir un fichier de constats</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="113"/>
        <source>Reopen the findings of an earlier check (GeoPackage)</source>
        <translation>Rouvrir les constats d'un contrôle antérieur (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="116"/>
        <source>&amp;Findings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="120"/>
        <source>All scopes</source>
        <translation>Toutes les échelles</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="121"/>
        <source>Scope</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="122"/>
        <source>Findings per feature, commune, EPCI or SCoT</source>
        <translation>Constats par entité, commune, EPCI ou SCoT</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="123"/>
        <source>&amp;Scope</source>
        <translation>Éc&amp;helle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="132"/>
        <source>Show the findings: {}</source>
        <translation>Afficher les constats : {}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="140"/>
        <source>S&amp;tatuses</source>
        <translation>S&amp;tatuts</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="147"/>
        <source>Rule, status, finding</source>
        <translation>Règle, statut, constat</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="147"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="148"/>
        <source>Findings by rule and status</source>
        <translation>Constats par règle et par statut</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="158"/>
        <source>Why this finding</source>
        <translation>Pourquoi ce constat</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="159"/>
        <source>Choose a finding to see what explains it</source>
        <translation>Choisissez un constat pour voir ce qui l'explique</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="201"/>
        <source>{}: not a findings layer (missing: {})</source>
        <translation>{} : ce n'est pas une couche de constats (colonnes manquantes : {})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="265"/>
        <source>Open the findings of a SCoT compatibility check</source>
        <translation>Ouvrir les constats d'un contrôle de compatibilité SCoT</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="265"/>
        <source>GeoPackage (*.gpkg);;Vector files (*.gpkg *.geojson *.json *.shp *.fgb)</source>
        <translation>GeoPackage (*.gpkg);;Fichiers vecteur (*.gpkg *.geojson *.json *.shp *.fgb)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="279"/>
        <source>{} holds no findings layer (columns {} expected)</source>
        <translation>{} ne contient aucune couche de constats (colonnes attendues : {})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="370"/>
        <source>No findings layer: run the SCoT compatibility check or open a file.</source>
        <translation>Aucune couche de constats : lancez le contrôle de compatibilité SCoT ou ouvrez un fichier.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="375"/>
        <source>{layer}: {count} findings</source>
        <translation>{layer} : {count} constats</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="438"/>
        <source>Open the cited page</source>
        <translation>Ouvrir la page citée</translation>
    </message>
</context>
<context>
    <name>TerritoryActions</name>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="47"/>
        <source>Could not copy the territory into the working folder {}: {}</source>
        <translation>Impossible de copier le territoire dans le dossier de travail {} : {}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="51"/>
        <source>Working copy of the territory created: {}</source>
        <translation>Copie de travail du territoire créée : {}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="90"/>
        <source>{} uses data schema {}, the plugin ships schema {}: data kept as is.</source>
        <translation>{} utilise le schéma de données {}, l'extension fournit le schéma {} : données conservées telles quelles.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="54"/>
        <source>Could not open the project stored in {}</source>
        <translation>Impossible d'ouvrir le projet enregistré dans {}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="110"/>
        <source>Working folder for the AULA territory GeoPackage</source>
        <translation>Dossier de travail du GeoPackage du territoire AULA</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="118"/>
        <source>Working folder set to {}: the territory is copied there when opened.</source>
        <translation>Dossier de travail défini : {}. Le territoire y sera copié à son ouverture.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="58"/>
        <source>Working copy of the territory created, your edits go there: {}</source>
        <translation>Copie de travail du territoire créée, vos modifications y sont enregistrées : {}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="60"/>
        <source>Territory project opened from your working copy: {}</source>
        <translation>Projet du territoire ouvert depuis votre copie de travail : {}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="85"/>
        <source>Your working copy {path} uses data schema {old}; this version of the plugin uses schema {new}:
{steps}

Update it now? A backup of the file is made first.</source>
        <translation>Votre copie de travail {path} utilise le schéma de données {old} ; cette version de l'extension utilise le schéma {new} :
{steps}

La mettre à jour maintenant ? Une sauvegarde du fichier est faite d'abord.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="89"/>
        <source>Update the territory GeoPackage</source>
        <translation>Mettre à jour le GeoPackage du territoire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="100"/>
        <source>Working copy updated to data schema {new}; the previous version is saved as {backup}</source>
        <translation>Copie de travail mise à jour au schéma de données {new} ; la version précédente est sauvegardée sous {backup}</translation>
    </message>
</context>
<context>
    <name>TerritoryDock</name>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="68"/>
        <source>Territory level</source>
        <translation>Niveau de territoire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="72"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="73"/>
        <source>Type a few letters of a name or a code</source>
        <translation>Tapez quelques lettres d'un nom ou d'un code</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="77"/>
        <source>Layer whose selection is followed</source>
        <translation>Couche dont la sélection est suivie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="78"/>
        <source>Selecting a feature on this layer shows its territory (empty: do not follow)</source>
        <translation>Sélectionner une entité de cette couche affiche son territoire (vide : ne pas suivre)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="81"/>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="82"/>
        <source>&amp;Territory</source>
        <translation>&amp;Territoire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="83"/>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="59"/>
        <source>Open another panel, to compare two territories</source>
        <translation>Ouvrir un autre panneau, pour comparer deux territoires</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="213"/>
        <source>{}: no territory code field (insee, epci_siren...)</source>
        <translation>{} : aucun champ de code de territoire (insee, epci_siren...)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="240"/>
        <source>{} {}: not in the indicator base</source>
        <translation>{} {} : absent de la base d'indicateurs</translation>
    </message>
</context>
<context>
    <name>TvbConflicts</name>
    <message>
        <location filename="../aula_plugin/gis/tvb_conflicts.py" line="52"/>
        <source>{layer}: {count} corridors have an importance ({field}) that is not a finite number, e.g. {value}</source>
        <translation>{layer} : {count} corridor(s) ont une importance ({field}) qui n'est pas un nombre fini, par exemple {value}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_conflicts.py" line="55"/>
        <source>{layer}: {count} corridors without importance ({field}) count as 0</source>
        <translation>{layer} : {count} corridor(s) sans importance ({field}) comptent pour 0</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_conflicts.py" line="57"/>
        <source>{layer}: the layer has no feature: it crosses no corridor</source>
        <translation>{layer} : la couche ne contient aucune entité : elle ne coupe aucun corridor</translation>
    </message>
</context>
<context>
    <name>TvbCorridors</name>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="47"/>
        <source>{layer}: reservoirs reprojected to the CRS of {raster}</source>
        <translation>{layer} : réservoirs reprojetés dans le SCR de {raster}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="49"/>
        <source>{layer}: {n} polygons too thin to cover a cell centre use the cell of their inner point</source>
        <translation>{layer} : {n} polygones trop fins pour couvrir un centre de cellule prennent la cellule de leur point intérieur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="52"/>
        <source>{layer}: no reservoir lies inside the raster {raster}</source>
        <translation>{layer} : aucun réservoir ne se trouve dans le raster {raster}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="54"/>
        <source>{layer}: {n} reservoirs outside the raster {raster}: {ids}</source>
        <translation>{layer} : {n} réservoirs hors du raster {raster} : {ids}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="56"/>
        <source>{n} reservoirs lie only on impassable cells (friction nodata) and get no link: {ids}</source>
        <translation>{n} réservoirs ne couvrent que des cellules infranchissables (friction sans donnée) et n'ont aucun lien : {ids}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="59"/>
        <source>{n} paths end in another reservoir at exactly the same cost (a tie); their cost is right</source>
        <translation>{n} chemins aboutissent à un autre réservoir pour exactement le même coût (ex æquo) ; leur coût est juste</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="62"/>
        <source>{n} reservoirs without any link: {ids}</source>
        <translation>{n} réservoirs sans aucun lien : {ids}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="63"/>
        <source>{links} links ({topology}) in {seconds:.1f} s, of which {cost:.1f} s in {runs} cost runs ({passes} passes)</source>
        <translation>{links} liens ({topology}) en {seconds:.1f} s, dont {cost:.1f} s pour {runs} calculs de coût ({passes} passes)</translation>
    </message>
</context>
<context>
    <name>TvbParameters</name>
    <message>
        <location filename="../processing/tvb_parameters.py" line="54"/>
        <source>Cost units</source>
        <translation>Unités de coût</translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="54"/>
        <source>metres (friction × map units)</source>
        <translation>mètres (friction × unités de la carte)</translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="54"/>
        <source>cells (friction × cells, as GRASS r.cost and BioDispersal)</source>
        <translation>cellules (friction × cellules, comme GRASS r.cost et BioDispersal)</translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="63"/>
        <source>Metres = cells × cell size.</source>
        <translation>Mètres = cellules × taille de cellule.</translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="75"/>
        <source>Unique identifier, used in from_id and to_id.</source>
        <translation>Identifiant unique, repris dans from_id et to_id.</translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="80"/>
        <source>Capacity field (empty: area in ha)</source>
        <translation>Champ de capacité (vide : surface en ha)</translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="87"/>
        <source>Patch capacity a_i, for example a quality-weighted area.</source>
        <translation>Capacité a_i de la tache, par exemple une surface pondérée par la qualité.</translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="95"/>
        <source>Reference distance d0 (cost units)</source>
        <translation>Distance de référence d0 (unités de coût)</translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="102"/>
        <source>Least-cost distance at which the dispersal probability is p0.</source>
        <translation>Distance de moindre coût à laquelle la probabilité de dispersion vaut p0.</translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="105"/>
        <source>Probability p0 at d0</source>
        <translation>Probabilité p0 à la distance d0</translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="113"/>
        <source>0.5 at the median dispersal distance, 0.05 at the maximum.</source>
        <translation>0,5 à la distance de dispersion médiane, 0,05 à la distance maximale.</translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="42"/>
        <source>Sub-network</source>
        <translation>Sous-trame</translation>
    </message>
</context>
<context>
    <name>TvbPinch</name>
    <message>
        <location filename="../aula_plugin/gis/tvb_pinch.py" line="55"/>
        <source>{layer}: {n} links name reservoirs missing from {reservoirs} (or without a cell on the friction grid): {ids}</source>
        <translation>{layer} : {n} liaisons citent des réservoirs absents de {reservoirs} (ou sans cellule sur la grille de friction) : {ids}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_pinch.py" line="58"/>
        <source>{layer}: no link with a from_id and a to_id</source>
        <translation>{layer} : aucune liaison avec un from_id et un to_id</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_pinch.py" line="59"/>
        <source>{layer}: links in different cost units ({units}); run aula:leastcostcorridors again</source>
        <translation>{layer} : liaisons en unités de coût différentes ({units}) ; relancez aula:leastcostcorridors</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_pinch.py" line="61"/>
        <source>{n} links have no current (their reservoirs do not meet within the corridor width): {ids}</source>
        <translation>{n} liaisons sans courant (leurs réservoirs ne se rejoignent pas dans la largeur du corridor) : {ids}</translation>
    </message>
</context>
<context>
    <name>UpdateLayer</name>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="56"/>
        <source>Update a layer of the package</source>
        <translation>Mettre à jour une couche du paquet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="59"/>
        <source>import,importer,update,mettre à jour,millésime,release,OCS GE,replace,remplacer,append,ajouter,provenance,paquet,package,geopackage</source>
        <translation>import,importer,update,mettre à jour,millésime,release,OCS GE,replace,remplacer,append,ajouter,provenance,paquet,package,geopackage</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="65"/>
        <source>Territory GeoPackage to update</source>
        <translation>GeoPackage du territoire à mettre à jour</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="72"/>
        <source>By default your working copy of the territory GeoPackage.</source>
        <translation>Par défaut votre copie de travail du GeoPackage du territoire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="74"/>
        <source>Layer of the package</source>
        <translation>Couche du paquet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="75"/>
        <source>Importable layers: {}</source>
        <translation>Couches importables : {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="77"/>
        <source>Source file (GeoPackage, shapefile, GeoJSON...)</source>
        <translation>Fichier source (GeoPackage, shapefile, GeoJSON...)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="84"/>
        <source>Layer of the source file</source>
        <translation>Couche du fichier source</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="89"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="89"/>
        <source>Replace the layer&apos;s content</source>
        <translation>Remplacer le contenu de la couche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="89"/>
        <source>Append to the layer</source>
        <translation>Compléter la couche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="97"/>
        <source>Key field</source>
        <translation>Champ clé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="98"/>
        <source>Empty: the layer&apos;s usual key (e.g. insee for the communes).</source>
        <translation>Vide : la clé habituelle de la couche (par exemple insee pour les communes).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="100"/>
        <source>Release of the source (e.g. 2024)</source>
        <translation>Version de la source (par exemple 2024)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="105"/>
        <source>Dry run only (write nothing)</source>
        <translation>Simulation seulement (ne rien écrire)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="110"/>
        <source>Import the accepted features, leaving the rejected ones out</source>
        <translation>Importer les entités acceptées, sans les rejetées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="117"/>
        <source>Rejected features</source>
        <translation>Entités rejetées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="124"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="157"/>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation : rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="167"/>
        <source>{written} feature(s) written into {layer}; backup: {backup}</source>
        <translation>{written} entité(s) écrite(s) dans {layer} ; sauvegarde : {backup}</translation>
    </message>
</context>
<context>
    <name>ZanArtificialisation</name>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="50"/>
        <source>Artificialisation from OCS GE (stock and flows)</source>
        <translation>Artificialisation (OCS GE)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="53"/>
        <source>zan,ocsge,ocs ge,artificialisation,renaturation,imperméabilisation,millésime,flux</source>
        <translation>zan,ocsge,ocs ge,artificialisation,renaturation,imperméabilisation,millésime,flux</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="60"/>
        <source>Commune code; its first two digits give the département.</source>
        <translation>Code de la commune ; ses deux premiers caractères donnent le département.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="65"/>
        <source>Territory field (empty: per commune)</source>
        <translation>Champ du territoire (vide : par commune)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="65"/>
        <source>Field grouping communes into territories, e.g. epci_siren.</source>
        <translation>Champ regroupant les communes en territoires, par exemple epci_siren.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="71"/>
        <source>Artificialised status</source>
        <translation>Statut artificialisé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="71"/>
        <source>IGN artif field</source>
        <translation>Champ artif de l'IGN</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="71"/>
        <source>Raw CS × US matrix (approximation)</source>
        <translation>Matrice brute CS × US (approximation)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="77"/>
        <source>IGN&apos;s artif field is authoritative; the raw matrix ignores thresholds.</source>
        <translation>Le champ artif de l'IGN fait foi ; la matrice brute ignore les seuils.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="81"/>
        <source>Artificialised stock</source>
        <translation>Stock artificialisé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="84"/>
        <source>One row per territory, département and millésime.</source>
        <translation>Une ligne par territoire, département et millésime.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="86"/>
        <source>Artificialisation flows</source>
        <translation>Flux d'artificialisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="92"/>
        <source>One row per territory, département and millésime pair.</source>
        <translation>Une ligne par territoire, département et paire de millésimes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="109"/>
        <source>No OCS GE layer was given</source>
        <translation>Aucune couche OCS GE n'a été fournie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="129"/>
        <source>Raw CS × US matrix, version {version} (approximation)</source>
        <translation>Matrice brute CS × US, version {version} (approximation)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="148"/>
        <source>{count} stock row(s) and {flows} flow row(s) written</source>
        <translation>{count} ligne(s) de stock et {flows} ligne(s) de flux écrites</translation>
    </message>
</context>
<context>
    <name>ZanArtificialisationReader</name>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="51"/>
        <source>{layer}: not a vector layer</source>
        <translation>{layer} : ce n'est pas une couche vecteur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="53"/>
        <source>{layer}: the layer has no feature</source>
        <translation>{layer} : la couche ne contient aucune entité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="55"/>
        <source>{layer}: {count} polygon(s) outside the communes were ignored</source>
        <translation>{layer} : {count} polygone(s) hors des communes ignoré(s)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="57"/>
        <source>Commune {insee}, millésime {year}: OCS GE polygons cover {pct:.2f} % of the commune (gaps or overlaps)</source>
        <translation>Commune {insee}, millésime {year} : les polygones OCS GE couvrent {pct:.2f} % de la commune (trous ou superpositions)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="60"/>
        <source>{count} commune-millésime(s) in all are not fully covered</source>
        <translation>{count} couple(s) commune-millésime au total ne sont pas entièrement couverts</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="62"/>
        <source>Département {dep}: millésimes {years}</source>
        <translation>Département {dep} : millésimes {years}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="64"/>
        <source>Flows need at least two OCS GE layers (millésimes)</source>
        <translation>Les flux demandent au moins deux couches OCS GE (millésimes)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="66"/>
        <source>{y1}-{y2}: net flow differs from the stock difference by more than 0.5 ha in {count} commune(s): {communes}</source>
        <translation>{y1}-{y2} : le flux net s'écarte de la différence des stocks de plus de 0,5 ha dans {count} commune(s) : {communes}</translation>
    </message>
</context>
<context>
    <name>ZanConsumption</name>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="59"/>
        <source>NAF consumption per territory</source>
        <translation>Consommation NAF par territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="62"/>
        <source>zan,cerema,consommation,naf,enaf,epci,scot,période,référence,consumption,period</source>
        <translation>zan,cerema,consommation,naf,enaf,epci,scot,période,référence,décennie,territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="67"/>
        <source>Consumption table (zan_consommation)</source>
        <translation>Table de consommation (zan_consommation)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="67"/>
        <source>The long table written by the import: insee, annee, destination, surface_m2 (and release).</source>
        <translation>La table longue écrite par l'import : insee, annee, destination, surface_m2 (et release).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="77"/>
        <source>Commune layer (membership and area)</source>
        <translation>Couche des communes (appartenance et surface)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="77"/>
        <source>Layer or table with one feature per commune, its code, its group (EPCI, SCoT, pôle...) and its area. Empty: one row per commune of the table, no share.</source>
        <translation>Couche ou table avec une entité par commune, son code, son groupe (EPCI, SCoT, pôle…) et sa surface. Vide : une ligne par commune de la table, sans part du territoire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="88"/>
        <source>Field of the commune layer with the INSEE code.</source>
        <translation>Champ de la couche des communes contenant le code INSEE.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="94"/>
        <source>Group field (empty: per commune)</source>
        <translation>Champ de regroupement (vide : par commune)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="94"/>
        <source>Field of the commune layer giving each commune&apos;s group (epci_siren, scot_id, pole_id, or any custom grouping). Empty: one row per commune.</source>
        <translation>Champ de la couche des communes donnant le groupe de chaque commune (epci_siren, scot_id, pole_id ou tout regroupement personnalisé). Vide : une ligne par commune.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="104"/>
        <source>First year (flow from 1 January)</source>
        <translation>Première année (flux à partir du 1er janvier)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="112"/>
        <source>First annual flow included (2011: naf11art12).</source>
        <translation>Premier flux annuel inclus (2011 : naf11art12).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="115"/>
        <source>Last year (flow to 1 January of the next year)</source>
        <translation>Dernière année (flux jusqu'au 1er janvier de l'année suivante)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="123"/>
        <source>Last annual flow included (2020: naf20art21, the end of the reference decade).</source>
        <translation>Dernier flux annuel inclus (2020 : naf20art21, fin de la décennie de référence).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="130"/>
        <source>Area field of the commune layer</source>
        <translation>Champ de surface de la couche des communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="138"/>
        <source>Commune area, for the share of the territory (default surface_ha).</source>
        <translation>Surface de la commune, pour la part du territoire (par défaut surface_ha).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="141"/>
        <source>Unit of the area field</source>
        <translation>Unité du champ de surface</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="147"/>
        <source>ha (default), m² (e.g. surfcom_m2) or km².</source>
        <translation>ha (par défaut), m² (par exemple surfcom_m2) ou km².</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="150"/>
        <source>Consumption per territory</source>
        <translation>Consommation par territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="196"/>
        <source>The first year ({first}) comes after the last year ({last})</source>
        <translation>La première année ({first}) est postérieure à la dernière ({last})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="241"/>
        <source>{count} group(s), period {first}-{last}, release {release}</source>
        <translation>{count} groupe(s), période {first}-{last}, millésime {release}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="153"/>
        <source>One row per group: key, nb_communes, period, naf_m2, naf_ha, one column per destination (m²), annual_mean_m2, share_pct, nom (the group's name).</source>
        <translation>Une ligne par groupe : clé, nb_communes, période, naf_m2, naf_ha, une colonne par destination (m²), annual_mean_m2, share_pct, nom (le nom du groupe).</translation>
    </message>
</context>
<context>
    <name>ZanImportConsumption</name>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="65"/>
        <source>Import the Cerema NAF consumption file</source>
        <translation>Importer la consommation Cerema</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="68"/>
        <source>zan,cerema,consommation,naf,enaf,import,fichiers fonciers,consumption,land take</source>
        <translation>zan,cerema,consommation,naf,enaf,import,fichiers fonciers,millésime,espaces</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="73"/>
        <source>Cerema consumption file (CSV, shapefile, zip, GeoPackage)</source>
        <translation>Fichier de consommation du Cerema (CSV, shapefile, zip, GeoPackage)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="78"/>
        <source>The file as downloaded from Cerema (CSV with ; or ,, shapefile, zipped shapefile) or a GeoPackage table written as path.gpkg|layername=name.</source>
        <translation>Le fichier tel que téléchargé depuis le Cerema (CSV séparé par ; ou ,, shapefile, shapefile zippé) ou une table de GeoPackage écrite chemin.gpkg|layername=nom.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="86"/>
        <source>Layer or table name (multi-layer files)</source>
        <translation>Nom de la couche ou de la table (fichiers à plusieurs couches)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="89"/>
        <source>For a GeoPackage or a zip with several layers: the layer to read.</source>
        <translation>Pour un GeoPackage ou un zip à plusieurs couches : la couche à lire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="94"/>
        <source>Target COG year (commune geography)</source>
        <translation>Millésime du COG visé (géographie communale)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="102"/>
        <source>Year of the Code officiel géographique the communes must follow: the COG corrections dated after the file's own COG and up to this year are applied.</source>
        <translation>Millésime du Code officiel géographique que les communes doivent suivre : les corrections du COG postérieures au COG du fichier et jusqu'à cette année sont appliquées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="110"/>
        <source>COG year of the file (0: from its EPCI column)</source>
        <translation>Millésime du COG du fichier (0 : d'après sa colonne EPCI)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="118"/>
        <source>The commune geography of the file. 0: the year of its epci{NN} column (epci24 → 2024), else the end year of the release.</source>
        <translation>La géographie communale du fichier. 0 : l'année de sa colonne epci{NN} (epci24 → 2024), sinon l'année de fin du millésime.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="127"/>
        <source>Commune layer to check the codes (optional)</source>
        <translation>Couche des communes pour vérifier les codes (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="127"/>
        <source>Communes at the target COG year. Codes of the file absent from this layer stop the import (listed), unless only its communes are kept.</source>
        <translation>Communes au millésime du COG visé. Les codes du fichier absents de cette couche arrêtent l'import (ils sont listés), sauf si l'on ne garde que ses communes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="137"/>
        <source>INSEE code field of the commune layer</source>
        <translation>Champ du code INSEE de la couche des communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="137"/>
        <source>Field holding the commune codes (default insee).</source>
        <translation>Champ contenant les codes des communes (par défaut insee).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="145"/>
        <source>Keep only the communes of the commune layer</source>
        <translation>Ne garder que les communes de la couche des communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="148"/>
        <source>Import only the communes of the commune layer (e.g. the 319 communes of the territory from the national file). Communes of the layer missing from the file stop the import.</source>
        <translation>N'importer que les communes de la couche des communes (par exemple les 319 communes du territoire depuis le fichier national). Les communes de la couche absentes du fichier arrêtent l'import.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="157"/>
        <source>Accept a release without the whole 2011-2020 decade</source>
        <translation>Accepter un millésime sans toute la décennie 2011-2020</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="162"/>
        <source>The 2009-2020 release stops at naf19art20 and cannot give the reference consumption 2011-2020. Tick to import it anyway (with a warning).</source>
        <translation>Le millésime 2009-2020 s'arrête à naf19art20 et ne peut pas donner la consommation de référence 2011-2020. Cocher pour l'importer malgré tout (avec un avertissement).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="171"/>
        <source>Working GeoPackage (written)</source>
        <translation>GeoPackage de travail (écrit)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="177"/>
        <source>An existing GeoPackage you can write to, e.g. your working copy of the territory GeoPackage (made when you open the territory project). Never the plugin&apos;s own template.</source>
        <translation>Un GeoPackage existant, accessible en écriture, par exemple votre copie de travail du GeoPackage du territoire (créée à l'ouverture du projet du territoire). Jamais le modèle de l'extension.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="186"/>
        <source>Consumption table</source>
        <translation>Table de consommation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="191"/>
        <source>Release</source>
        <translation>Millésime</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="192"/>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="193"/>
        <source>Rows written</source>
        <translation>Lignes écrites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="194"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="195"/>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="221"/>
        <source>No Cerema file given</source>
        <translation>Aucun fichier du Cerema indiqué</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="225"/>
        <source>No working GeoPackage given</source>
        <translation>Aucun GeoPackage de travail indiqué</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="246"/>
        <source>Keeping only the communes of the commune layer needs a commune layer</source>
        <translation>Pour ne garder que les communes de la couche des communes, il faut une couche des communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="210"/>
        <source>Cancelled by the user: nothing was written</source>
        <translation>Annulé par l'utilisateur : rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="275"/>
        <source>{gpkg}: {rows} row(s) written for {communes} commune(s), release {release}, last year {last}</source>
        <translation>{gpkg} : {rows} ligne(s) écrite(s) pour {communes} commune(s), millésime {release}, dernière année {last}</translation>
    </message>
</context>
<context>
    <name>ZanOverlay</name>
    <message>
        <location filename="../aula_plugin/gis/overlay.py" line="147"/>
        <source>{layer}: the layer has no feature</source>
        <translation>{layer} : la couche ne contient aucune entité</translation>
    </message>
</context>
<context>
    <name>ZanParameters</name>
    <message>
        <location filename="../processing/zan_parameters.py" line="65"/>
        <source>Cerema release (if the table holds several)</source>
        <translation>Millésime Cerema (si la table en contient plusieurs)</translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="67"/>
        <source>Release label such as 2009-2024. Empty: the most recent release of the table, with a warning when it holds several.</source>
        <translation>Libellé du millésime, par exemple 2009-2024. Vide : le millésime le plus récent de la table, avec un avertissement quand elle en contient plusieurs.</translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="98"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="100"/>
        <source>Commune polygons with their INSEE code.</source>
        <translation>Polygones des communes avec leur code INSEE.</translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="137"/>
        <source>INSEE code field</source>
        <translation>Champ du code INSEE</translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="190"/>
        <source>OCS GE layers (one or more millésimes)</source>
        <translation>Couches OCS GE (un ou plusieurs millésimes)</translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="195"/>
        <source>OCS GE v2 polygon layers (code_cs, code_us, millesime; artif for the IGN method), e.g. one per département and millésime.</source>
        <translation>Couches de polygones OCS GE v2 (code_cs, code_us, millesime ; artif pour la méthode IGN), par exemple une par département et par millésime.</translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="204"/>
        <source>OCS GE millésime (already artificialised land)</source>
        <translation>Millésime OCS GE (surfaces déjà artificialisées)</translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="211"/>
        <source>Its artificialised part is excluded from the projects.</source>
        <translation>Sa part artificialisée est exclue des projets.</translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="79"/>
        <source>NAF consumption (long table zan_consommation)</source>
        <translation>Consommation d'espaces NAF (table longue zan_consommation)</translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="172"/>
        <source>Deduction: projects of national or European scope (PENE)</source>
        <translation>Déduction : projets d'envergure nationale ou européenne (PENE)</translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="172"/>
        <source>Deduction: qualifying ground-mounted solar farms</source>
        <translation>Déduction : installations photovoltaïques au sol répondant aux conditions</translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="172"/>
        <source>Deduction: renaturation</source>
        <translation>Déduction : renaturation</translation>
    </message>
</context>
<context>
    <name>ZanProjects</name>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="72"/>
        <source>ZAN counter: planned projects against the remaining budget</source>
        <translation>Compteur ZAN des projets</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="75"/>
        <source>zan,compteur,projets,zones AU,budget,enveloppe,solde,plu,ocsge</source>
        <translation>zan,compteur,projets,zones AU,budget,enveloppe,solde,plu,ocsge</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="79"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="80"/>
        <source>Planned projects or AU zones (polygons).</source>
        <translation>Projets prévus ou zones AU (polygones).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="82"/>
        <source>Status field</source>
        <translation>Champ du statut</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="85"/>
        <source>Field holding the project status, e.g. statut.</source>
        <translation>Champ contenant le statut du projet, par exemple statut.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="87"/>
        <source>Statuses to count (comma-separated)</source>
        <translation>Statuts à compter (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="90"/>
        <source>e.g. en projet,autorisé; empty: every status counts.</source>
        <translation>par exemple en projet,autorisé ; vide : tous les statuts comptent.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="92"/>
        <source>Expected year field</source>
        <translation>Champ de l'année prévue</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="100"/>
        <source>Field holding the expected year of completion.</source>
        <translation>Champ contenant l'année prévue de réalisation.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="102"/>
        <source>Horizon (last expected year counted)</source>
        <translation>Horizon (dernière année prévue comptée)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="105"/>
        <source>Projects expected after this year are left out; empty: no limit.</source>
        <translation>Les projets prévus après cette année sont écartés ; vide : sans limite.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="108"/>
        <source>PLU zoning (used without OCS GE)</source>
        <translation>Zonage du PLU (utilisé sans OCS GE)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="111"/>
        <source>CNIG zoning layer: the part of projects in U zones is excluded.</source>
        <translation>Couche de zonage CNIG : la part des projets en zones U est exclue.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="113"/>
        <source>Zone type field</source>
        <translation>Champ du type de zone</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="116"/>
        <source>CNIG TYPEZONE: U, AUc, AUs, A, N.</source>
        <translation>TYPEZONE du CNIG : U, AUc, AUs, A, N.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="119"/>
        <source>Commune code, matched as text with the budget table.</source>
        <translation>Code de la commune, rapproché comme texte de la table des enveloppes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="124"/>
        <source>Territory field</source>
        <translation>Champ du territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="124"/>
        <source>Field grouping communes into territories; empty: one territory.</source>
        <translation>Champ regroupant les communes en territoires ; vide : un seul territoire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="131"/>
        <source>Remaining budget field of the communes (m²)</source>
        <translation>Champ de l'enveloppe restante des communes (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="139"/>
        <source>Used when no budget table is given.</source>
        <translation>Utilisé quand aucune table d'enveloppes n'est fournie.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="141"/>
        <source>Remaining budget table</source>
        <translation>Table des enveloppes restantes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="148"/>
        <source>e.g. the output of aula:zantrajectory per commune.</source>
        <translation>par exemple la sortie de aula:zantrajectory par commune.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="150"/>
        <source>Budget table key</source>
        <translation>Clé de la table des enveloppes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="161"/>
        <source>Budget table field (m²)</source>
        <translation>Champ de la table des enveloppes (m²)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="169"/>
        <source>Remaining budget in m².</source>
        <translation>Enveloppe restante en m².</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="172"/>
        <source>ZAN counter per commune</source>
        <translation>Compteur ZAN par commune</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="175"/>
        <source>One row per commune: budget, projects, excluded, net, balance.</source>
        <translation>Une ligne par commune : enveloppe, projets, part exclue, consommation nette, solde.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="177"/>
        <source>ZAN counter per territory</source>
        <translation>Compteur ZAN par territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="180"/>
        <source>One row per territory: the sums of its communes.</source>
        <translation>Une ligne par territoire : les sommes de ses communes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="223"/>
        <source>{layer}: statuses are given but no status field</source>
        <translation>{layer} : des statuts sont donnés mais aucun champ de statut</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="243"/>
        <source>{layer}: a horizon is given but no expected year field</source>
        <translation>{layer} : un horizon est donné mais aucun champ d'année prévue</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="267"/>
        <source>No remaining budget: give a budget table (e.g. the output of aula:zantrajectory) or a budget field of the communes</source>
        <translation>Aucune enveloppe restante : fournissez une table des enveloppes (par exemple la sortie de aula:zantrajectory) ou un champ d'enveloppe des communes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="315"/>
        <source>{count} project(s) counted; exclusion: {exclusion}</source>
        <translation>{count} projet(s) compté(s) ; exclusion : {exclusion}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="157"/>
        <source>INSEE code in the budget table; empty: territory_id, territory or insee.</source>
        <translation>Code INSEE dans la table des enveloppes ; vide : territory_id, territory ou insee.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="259"/>
        <source>{layer}: no key field (territory_id, territory or insee)</source>
        <translation>{layer} : aucun champ clé (territory_id, territory ou insee)</translation>
    </message>
</context>
<context>
    <name>ZanProjectsReader</name>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="49"/>
        <source>{layer}: {count} project(s) outside every commune were left out</source>
        <translation>{layer} : {count} projet(s) hors de toute commune écarté(s)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="51"/>
        <source>{count} commune(s) without a remaining budget (NULL balance): {list}</source>
        <translation>{count} commune(s) sans enveloppe restante (solde NULL) : {list}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="53"/>
        <source>{layer}: {kept} project(s) kept, {status} left out by status, {year} by year</source>
        <translation>{layer} : {kept} projet(s) retenu(s), {status} écarté(s) par le statut, {year} par l'année</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="55"/>
        <source>{layer}: {count} project(s) without an expected year left out</source>
        <translation>{layer} : {count} projet(s) sans année prévue écarté(s)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="57"/>
        <source>{plu}: the PLU is not used, the OCS GE layer {ocs} is</source>
        <translation>{plu} : le PLU n'est pas utilisé, c'est la couche OCS GE {ocs} qui l'est</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="59"/>
        <source>Neither OCS GE nor PLU: the whole area of the projects is counted</source>
        <translation>Ni OCS GE ni PLU : toute la surface des projets est comptée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="66"/>
        <source>{layer}: {count} polygon(s) of already consumed land (exclusion {exclusion})</source>
        <translation>{layer} : {count} polygone(s) de surfaces déjà consommées (exclusion {exclusion})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="61"/>
        <source>{layer}: {count} project(s) with the same geometry as another one counted once ({ha} ha not counted twice), feature id(s) {ids}</source>
        <translation>{layer} : {count} projet(s) de même géométrie qu'un autre compté(s) une seule fois ({ha} ha non comptés deux fois), identifiant(s) {ids}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="64"/>
        <source>{layer}: {count} pair(s) of projects overlap: {ha} ha counted twice, e.g. feature ids {pair}</source>
        <translation>{layer} : {count} paire(s) de projets se chevauchent : {ha} ha comptés deux fois, par ex. identifiants {pair}</translation>
    </message>
</context>
<context>
    <name>ZanReport</name>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="88"/>
        <source>Triennial local report on land consumption</source>
        <translation>Rapport triennal ZAN</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="91"/>
        <source>zan,report,triennial,rapport,triennal,consommation,artificialisation,NAF,L.2231-1</source>
        <translation>zan,rapport,triennal,report,triennial,consommation,artificialisation,NAF,L.2231-1</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="102"/>
        <source>Table with one row per commune, year and destination: insee, annee, destination (naf = total, act, hab, mix, rou, fer, inc), surface_m2, as written by the Cerema import into the working GeoPackage.</source>
        <translation>Table à une ligne par commune, année et destination : insee, annee, destination (naf = total, act, hab, mix, rou, fer, inc), surface_m2, telle qu'écrite par l'import Cerema dans le GeoPackage de travail.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="114"/>
        <source>Commune layer with the fields insee, nom, surface_ha and the membership fields (epci_siren, epci_nom…), such as the commune layer of the territory GeoPackage.</source>
        <translation>Couche des communes avec les champs insee, nom, surface_ha et les champs d'appartenance (epci_siren, epci_nom…), comme la couche commune du GeoPackage du territoire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="123"/>
        <source>Territory field</source>
        <translation>Champ du territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="123"/>
        <source>Field of the commune layer selecting the territory: insee for a commune report, epci_siren for an EPCI report (any other field makes a report on the group of communes with that value).</source>
        <translation>Champ de la couche des communes qui désigne le territoire : insee pour le rapport d'une commune, epci_siren pour celui d'un EPCI (tout autre champ produit le rapport du groupe de communes ayant cette valeur).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="137"/>
        <source>Territory code</source>
        <translation>Code du territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="138"/>
        <source>Value of the territory field: a commune&apos;s INSEE code or an EPCI&apos;s SIREN.</source>
        <translation>Valeur du champ du territoire : code INSEE d'une commune ou SIREN d'un EPCI.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="143"/>
        <source>Territory name (optional)</source>
        <translation>Nom du territoire (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="146"/>
        <source>Name printed in the report. Empty: the commune&apos;s nom, or the epci_nom field of its communes for an EPCI.</source>
        <translation>Nom imprimé dans le rapport. Vide : le nom de la commune, ou le champ epci_nom de ses communes pour un EPCI.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="154"/>
        <source>Reduction rate (%, optional override)</source>
        <translation>Taux de réduction (%, facultatif, prioritaire)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="161"/>
        <source>Per cent of the 2011-2020 consumption to remove in 2021-2031 (54.47 in Hauts-de-France). Empty: the territory&apos;s rate from the rates table, else the regional 54.47 % with a note in the report.</source>
        <translation>Pourcentage de la consommation 2011-2020 à retrancher pour 2021-2031 (54,47 en Hauts-de-France). Vide : le taux du territoire dans la table des taux, à défaut le taux régional de 54,47 %, signalé dans le rapport.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="170"/>
        <source>Rate source (document, page, date)</source>
        <translation>Source du taux (document, page, date)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="173"/>
        <source>Document that sets the rate given in RATE, printed in the report (e.g. SCoT de l&apos;Artois, DOO p. 42, 2025).</source>
        <translation>Document qui fixe le taux saisi dans Taux de réduction, imprimé dans le rapport (par exemple SCoT de l'Artois, DOO p. 42, 2025).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="181"/>
        <source>Rates table (optional)</source>
        <translation>Table des taux (facultative)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="181"/>
        <source>Rates table (plugin CSV, GeoPackage with zan_taux_reduction, or the JSON of Mon Diagnostic Artificialisation). Empty: the table shipped with the plugin.</source>
        <translation>Table des taux (CSV de l'extension, GeoPackage contenant zan_taux_reduction ou JSON de Mon Diagnostic Artificialisation). Vide : la table fournie avec l'extension.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="192"/>
        <source>Commune eligible to the 1 ha guarantee</source>
        <translation>Commune éligible à la garantie communale d'1 ha</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="195"/>
        <source>Commune reports only: the commune's planning document was prescribed, arrêté or approved before 22 August 2026 (loi 2023-630), so its envelope is at least 1 ha. Never assumed.</source>
        <translation>Rapport d'une commune seulement : son document d'urbanisme a été prescrit, arrêté ou approuvé avant le 22 août 2026 (loi n° 2023-630), son enveloppe est donc d'au moins 1 ha. Jamais supposé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="204"/>
        <source>OCS GE artificialised stock (optional)</source>
        <translation>Surfaces artificialisées OCS GE (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="210"/>
        <source>Table from aula:zanartificialisation with the fields territory, millesime, artif_m2, impermeable_m2 (rows of the territory, or of its communes, which are summed). Empty: sections 2 and 3 say the data is not available.</source>
        <translation>Table produite par aula:zanartificialisation avec les champs territory, millesime, artif_m2, impermeable_m2 (lignes du territoire, ou de ses communes, alors additionnées). Vide : les sections 2 et 3 indiquent que la donnée n'est pas disponible.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="219"/>
        <source>OCS GE flows (optional)</source>
        <translation>Flux OCS GE (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="225"/>
        <source>Table from aula:zanartificialisation with the fields territory, millesime_1, millesime_2, artificialisation_m2, renaturation_m2, net_m2.</source>
        <translation>Table produite par aula:zanartificialisation avec les champs territory, millesime_1, millesime_2, artificialisation_m2, renaturation_m2, net_m2.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="233"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="236"/>
        <source>Folder receiving the PDF, ODT, CSV and the two PNG charts.</source>
        <translation>Dossier qui reçoit le PDF, l'ODT, le CSV et les deux graphiques PNG.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="239"/>
        <source>Report (PDF)</source>
        <translation>Rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="240"/>
        <source>Editable report (ODT)</source>
        <translation>Rapport modifiable (ODT)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="241"/>
        <source>Figures of the report (CSV)</source>
        <translation>Chiffres du rapport (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="242"/>
        <source>Annual consumption chart</source>
        <translation>Graphique de la consommation annuelle</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="245"/>
        <source>Trajectory chart</source>
        <translation>Graphique de la trajectoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="246"/>
        <source>Map of the territory</source>
        <translation>Carte du territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="288"/>
        <source>Give the territory code (TERRITORY)</source>
        <translation>Indiquez le code du territoire (TERRITORY)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="293"/>
        <source>Reduction rate {value} % is above 100 %: refused</source>
        <translation>Taux de réduction de {value} % supérieur à 100 % : refusé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="354"/>
        <source>{territory}: report written to {folder}</source>
        <translation>{territory} : rapport écrit dans {folder}</translation>
    </message>
</context>
<context>
    <name>ZanTrajectory</name>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="85"/>
        <source>NAF consumption envelope and trajectory 2021-2031</source>
        <translation>Trajectoire ZAN 2021-2031</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="88"/>
        <source>zan,enaf,naf,envelope,trajectory,enveloppe,trajectoire,taux de réduction,sraddet,garantie communale,plui,consommation d'espaces</source>
        <translation>zan,enaf,naf,enveloppe,trajectoire,envelope,trajectory,taux de réduction,sraddet,garantie communale,plui,consommation d'espaces</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="94"/>
        <source>Table with insee, annee, destination, surface_m2 (rows naf are used).</source>
        <translation>Table avec insee, annee, destination, surface_m2 (seules les lignes naf sont utilisées).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="102"/>
        <source>Commune layer with the INSEE code and membership fields (epci_siren, scot_id, pole_id, territoire_id), e.g. the territory GeoPackage&apos;s commune layer.</source>
        <translation>Couche des communes avec le code INSEE et les champs d'appartenance (epci_siren, scot_id, pole_id, territoire_id), par exemple la couche commune du GeoPackage du territoire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="111"/>
        <source>Field of the commune layer holding the INSEE code (empty: insee).</source>
        <translation>Champ de la couche des communes contenant le code INSEE (vide : insee).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="116"/>
        <source>Group field (empty: per commune)</source>
        <translation>Champ de regroupement (vide : par commune)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="116"/>
        <source>Field grouping the communes into territories, e.g. epci_siren.</source>
        <translation>Champ regroupant les communes en territoires, par exemple epci_siren.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="122"/>
        <source>Rates table (empty: shipped table)</source>
        <translation>Table des taux (vide : table fournie)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="122"/>
        <source>Rates tables (*.csv *.json *.gpkg)</source>
        <translation>Tables des taux (*.csv *.json *.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="122"/>
        <source>CSV (territory_id, level, name, parent_id, rate_pct, document, page, date, in_local_document, url, comment), sparte JSON, or GeoPackage with the table zan_taux_reduction. Empty: resources/zan/taux_reduction.csv.</source>
        <translation>CSV (territory_id, level, name, parent_id, rate_pct, document, page, date, in_local_document, url, comment), JSON sparte, ou GeoPackage contenant la table zan_taux_reduction. Vide : resources/zan/taux_reduction.csv.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="134"/>
        <source>Rate id of a group key</source>
        <translation>Identifiant de taux d'une clé de groupe</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="137"/>
        <source>Template giving the rates-table id of a group key, with {key}. Empty: EPCI_{key} for an EPCI field, COMM_{key} per commune, else {key} itself.</source>
        <translation>Modèle donnant l'identifiant dans la table des taux d'une clé de groupe, avec {key}. Vide : EPCI_{key} pour un champ d'EPCI, COMM_{key} par commune, sinon {key} lui-même.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="146"/>
        <source>Rate for every territory (scenario, %)</source>
        <translation>Taux pour tous les territoires (scénario, %)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="152"/>
        <source>Replaces the rates table for every territory (e.g. 50); ≤ 100.</source>
        <translation>Remplace la table des taux pour tous les territoires (par exemple 50) ; ≤ 100.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="155"/>
        <source>1 ha guarantee eligibility field</source>
        <translation>Champ d'éligibilité à la garantie d'1 ha</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="155"/>
        <source>Field of the commune layer: 1 (or true, oui) for a commune eligible to the 1 ha guarantee; 0, empty or NULL otherwise. Empty: no commune gets the floor.</source>
        <translation>Champ de la couche des communes : 1 (ou true, oui) pour une commune éligible à la garantie communale d'1 ha ; 0, vide ou NULL sinon. Vide : aucune commune ne reçoit le plancher.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="165"/>
        <source>PLUi pooling field</source>
        <translation>Champ de mutualisation PLUi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="165"/>
        <source>Field of the commune layer with the PLUi key: one row per PLUi, measured against the sum of its communes&apos; guaranteed envelopes.</source>
        <translation>Champ de la couche des communes donnant la clé du PLUi : une ligne par PLUi, comparée à la somme des enveloppes garanties de ses communes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="177"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="177"/>
        <source>Legal</source>
        <translation>Légal</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="177"/>
        <source>Mon Diagnostic Artificialisation compatible</source>
        <translation>Compatible Mon Diagnostic Artificialisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="183"/>
        <source>Legal (default), or compatible with Mon Diagnostic Artificialisation: r = 50, 1 ha floor at every level without eligibility, projection × 9.</source>
        <translation>Légal (par défaut), ou compatible avec Mon Diagnostic Artificialisation : r = 50, plancher d'1 ha à tous les échelons sans critère d'éligibilité, projection × 9.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="191"/>
        <source>Scenario rate 2031-2040 (%)</source>
        <translation>Taux du scénario 2031-2040 (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="191"/>
        <source>Scenario rate 2041-2050 (%)</source>
        <translation>Taux du scénario 2041-2050 (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="198"/>
        <source>Reduction of the previous decade&apos;s allowance: a scenario.</source>
        <translation>Réduction de l'enveloppe de la décennie précédente : un scénario.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="202"/>
        <source>Table with insee, annee (≥ 2021), surface_m2; off when empty.</source>
        <translation>Table avec insee, annee (≥ 2021), surface_m2 ; sans effet si vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="208"/>
        <source>Trajectories</source>
        <translation>Trajectoires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="211"/>
        <source>One row per territory with every figure and the rate&apos;s source.</source>
        <translation>Une ligne par territoire avec tous les indicateurs et la source du taux.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="213"/>
        <source>Trajectories per year</source>
        <translation>Trajectoires par année</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="216"/>
        <source>One row per territory and year 2021..2030: target and consumed.</source>
        <translation>Une ligne par territoire et par année 2021..2030 : cible et consommation.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="230"/>
        <source>{parameter}: rate {value} % is above 100 %: refused</source>
        <translation>{parameter} : le taux de {value} % dépasse 100 % : refusé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="260"/>
        <source>{layer}: give either a group field ({group}) or a PLUi pooling field ({pool}), not both</source>
        <translation>{layer} : indiquez soit un champ de regroupement ({group}), soit un champ de mutualisation PLUi ({pool}), pas les deux</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="351"/>
        <source>… and {count} more warning(s): see the field rate_warning</source>
        <translation>… et {count} autre(s) avertissement(s) : voir le champ rate_warning</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="359"/>
        <source>Mon Diagnostic Artificialisation compatible mode: r = 50, 1 ha floor at every level without eligibility, projection × 9; for comparison, not the legal figures</source>
        <translation>Mode compatible Mon Diagnostic Artificialisation : r = 50, plancher d'1 ha à tous les échelons sans critère d'éligibilité, projection × 9 ; pour comparaison, ce ne sont pas les chiffres réglementaires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="372"/>
        <source>{count} territory(ies) written</source>
        <translation>{count} territoire(s) écrit(s)</translation>
    </message>
</context>
<context>
    <name>aula</name>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="74"/>
        <source>{layer}: {count} feature(s) with an empty parent field {field} belong to no parent: they were left out of the aggregation</source>
        <translation>{layer} : {count} entité(s) dont le champ parent {field} est vide n'appartiennent à aucun parent : elles ont été écartées de l'agrégation</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="77"/>
        <source>{layer}: parent {parent}: {count} NULL value(s) in field {field} were left out</source>
        <translation>{layer} : parent {parent} : {count} valeur(s) NULL du champ {field} ont été écartées</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="79"/>
        <source>{layer}: parent {parent}: every value of field {field} is NULL, its sum is NULL</source>
        <translation>{layer} : parent {parent} : toutes les valeurs du champ {field} sont NULL, sa somme est NULL</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="81"/>
        <source>{layer}: parent {parent}: rate {rate} is NULL: no feature has non-NULL values in both fields {field}</source>
        <translation>{layer} : parent {parent} : le taux {rate} est NULL : aucune entité n'a de valeur non NULL dans les deux champs {field}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="84"/>
        <source>{layer}: parent {parent}: rate {rate} is NULL because the sum of its denominator field {field} is zero</source>
        <translation>{layer} : parent {parent} : le taux {rate} est NULL car la somme de son champ dénominateur {field} est nulle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="88"/>
        <source>{layer}: the rate table must have 4 columns (output field, numerator field, denominator field, multiplier); got {count} value(s): {value}</source>
        <translation>{layer} : la table des taux doit avoir 4 colonnes (champ de sortie, champ numérateur, champ dénominateur, multiplicateur) ; reçu {count} valeur(s) : {value}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="91"/>
        <source>{layer}: two output fields would be named {field} (and {other}): rename a rate or drop a field</source>
        <translation>{layer} : deux champs de sortie s'appelleraient {field} (et {other}) : renommez un taux ou retirez un champ</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="97"/>
        <source>{layer}: every feature has an empty parent field {field}: nothing to aggregate</source>
        <translation>{layer} : toutes les entités ont un champ parent {field} vide : rien à agréger</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="150"/>
        <source>{layer}: the multiplier of rate {rate} is not a number: {value!r}</source>
        <translation>{layer} : le multiplicateur du taux {rate} n'est pas un nombre : {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="230"/>
        <source>{layer}: choose at least one field to sum or one rate</source>
        <translation>{layer} : choisissez au moins un champ à additionner ou un taux</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="235"/>
        <source>{layer}: a rate has no output field name</source>
        <translation>{layer} : un taux n'a pas de nom de champ de sortie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="235"/>
        <source>{layer}: rate {rate} has no numerator field</source>
        <translation>{layer} : le taux {rate} n'a pas de champ numérateur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="235"/>
        <source>{layer}: rate {rate} has no denominator field</source>
        <translation>{layer} : le taux {rate} n'a pas de champ dénominateur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/fields.py" line="13"/>
        <source>{layer}: field {field} does not exist</source>
        <translation>{layer} : le champ {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="351"/>
        <source>{layer}: field {field} holds a non-numeric value: {value!r}</source>
        <translation>{layer} : le champ {field} contient une valeur non numérique : {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/aggregation_io.py" line="47"/>
        <source>{layer}: parent field {field} does not exist</source>
        <translation>{layer} : le champ parent {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="50"/>
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
        <location filename="../aula_plugin/core/zan/cerema.py" line="178"/>
        <source>{file}: not a Cerema NAF consumption file. Expected a commune code column idcom and annual columns naf{{AA}}art{{AA+1}} (e.g. naf11art12) with destinations art{{AA}}hab{{AA+1}}…; found: {found}</source>
        <translation>{file} : ce n'est pas un fichier Cerema de consommation d'espaces NAF. Attendu : une colonne de code commune idcom et des colonnes annuelles naf{{AA}}art{{AA+1}} (par exemple naf11art12) avec les destinations art{{AA}}hab{{AA+1}}… ; trouvé : {found}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="182"/>
        <source>{file}: the annual columns have a gap: {missing} missing between {first} and {last}</source>
        <translation>{file} : les colonnes annuelles ont un trou : {missing} manquant(s) entre {first} et {last}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="184"/>
        <source>{file}: the reference decade 2011-2020 is incomplete (annual columns {missing} missing: expected naf11art12 … naf20art21)</source>
        <translation>{file} : la décennie de référence 2011-2020 est incomplète (colonnes annuelles {missing} manquantes ; attendu : naf11art12 … naf20art21)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="187"/>
        <source>{file}: year {year} has no destination columns art{yy}act{next}, art{yy}hab{next}…</source>
        <translation>{file} : l'année {year} n'a pas de colonnes de destination art{yy}act{next}, art{yy}hab{next}…</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="189"/>
        <source>{file}: {count} value(s) are not whole m² (e.g. column {column}, commune {insee}: {value}): Cerema files give integer m². Decimal values suggest hectares: nothing was imported</source>
        <translation>{file} : {count} valeur(s) ne sont pas des m² entiers (par exemple colonne {column}, commune {insee} : {value}) : les fichiers du Cerema donnent des m² entiers. Des valeurs décimales font penser à des hectares : rien n'a été importé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="195"/>
        <source>{file}: column {column}, commune {insee}: {value!r} is not a number</source>
        <translation>{file} : colonne {column}, commune {insee} : {value!r} n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="197"/>
        <source>{file}: column {column} totals {total} while comparable columns total about {typical}: the file mixes units (m² and ha?). Nothing was imported</source>
        <translation>{file} : la colonne {column} totalise {total} alors que les colonnes comparables totalisent environ {typical} : le fichier mélange les unités (m² et ha ?). Rien n'a été importé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="200"/>
        <source>{file}: {count} commune code(s) do not match the INSEE pattern (5 characters, digits or 2A/2B): {codes}</source>
        <translation>{file} : {count} code(s) de commune ne suivent pas le format INSEE (5 caractères, chiffres ou 2A/2B) : {codes}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="203"/>
        <source>{file}: {count} commune code(s) appear more than once: {codes}</source>
        <translation>{file} : {count} code(s) de commune apparaissent plusieurs fois : {codes}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="205"/>
        <source>{file}: the file has no commune rows</source>
        <translation>{file} : le fichier ne contient aucune ligne de commune</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="103"/>
        <source>{path} is the plugin&apos;s shipped GeoPackage (or lies inside the plugin folder), which is replaced on every upgrade: open the territory project first (it makes your working copy) and import into that copy, or choose another GeoPackage</source>
        <translation>{path} est le GeoPackage livré avec l'extension (ou se trouve dans son dossier), remplacé à chaque mise à jour : ouvrez d'abord le projet du territoire (il crée votre copie de travail) et importez dans cette copie, ou choisissez un autre GeoPackage</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/gpkg_store.py" line="22"/>
        <source>{path}: the GeoPackage does not exist</source>
        <translation>{path} : le GeoPackage n'existe pas</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/gpkg_store.py" line="23"/>
        <source>{path}: not a GeoPackage ({reason})</source>
        <translation>{path} : ce n'est pas un GeoPackage ({reason})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="107"/>
        <source>{path}: the GeoPackage is read-only: nothing was written. Choose a GeoPackage you can write to</source>
        <translation>{path} : le GeoPackage est en lecture seule : rien n'a été écrit. Choisissez un GeoPackage accessible en écriture</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/gpkg_store.py" line="24"/>
        <source>{path}: the GeoPackage is locked by another program or is read-only ({reason}): nothing was written. Close the other program (or stop editing its layers) and try again</source>
        <translation>{path} : le GeoPackage est verrouillé par un autre programme ou en lecture seule ({reason}) : rien n'a été écrit. Fermez l'autre programme (ou quittez l'édition de ses couches) et réessayez</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/gpkg_store.py" line="30"/>
        <source>{path}: writing failed ({reason}): nothing was written</source>
        <translation>{path} : l'écriture a échoué ({reason}) : rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="110"/>
        <source>{path}: no table {table}: import a Cerema file first (aula:zanimportconsumption)</source>
        <translation>{path} : pas de table {table} : importez d'abord un fichier du Cerema (aula:zanimportconsumption)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cog.py" line="38"/>
        <source>{file}, line {line}: {problem}. Expected columns cog_year, kind (fusion, scission or absente), old_insee, new_insee, share (per cent, for scissions)</source>
        <translation>{file}, ligne {line} : {problem}. Colonnes attendues : cog_year, kind (fusion, scission ou absente), old_insee, new_insee, share (en pour cent, pour les scissions)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cog.py" line="41"/>
        <source>{file}: COG {year}, scission of {insee}: the shares add up to {total} %, not 100 %</source>
        <translation>{file} : COG {year}, scission de {insee} : les parts totalisent {total} %, et non 100 %</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="25"/>
        <source>The period {first}-{last} is empty: the first year must not come after the last one</source>
        <translation>La période {first}-{last} est vide : la première année ne doit pas être postérieure à la dernière</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="27"/>
        <source>The consumption table has no data for year(s) {missing} of the period {first}-{last} (it covers {available})</source>
        <translation>La table de consommation n'a pas de données pour la ou les années {missing} de la période {first}-{last} (elle couvre {available})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="30"/>
        <source>{count} commune(s) of the grouping are missing from the consumption table and count as zero: {codes}</source>
        <translation>{count} commune(s) du regroupement absente(s) de la table de consommation, comptée(s) pour zéro : {codes}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="33"/>
        <source>{count} commune(s) have an empty group and were left out: {codes}</source>
        <translation>{count} commune(s) sans groupe écartée(s) : {codes}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="35"/>
        <source>Group {group}: area unknown or zero for {count} member(s): its share of the area is left empty</source>
        <translation>Groupe {group} : surface inconnue ou nulle pour {count} membre(s) : sa part du territoire reste vide</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="42"/>
        <source>None of the communes of the grouping is in the consumption table: check the commune codes</source>
        <translation>Aucune commune du regroupement ne figure dans la table de consommation : vérifiez les codes des communes</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/model.py" line="80"/>
        <source>Unknown consumption destination {value!r}</source>
        <translation>Destination de consommation inconnue : {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/model.py" line="126"/>
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
        <location filename="../aula_plugin/core/zan/rates.py" line="60"/>
        <source>Rates table {table}: file not found</source>
        <translation>Table des taux {table} : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="61"/>
        <source>Rates table {table}: not a list of territorialisation objectives (JSON): {error}</source>
        <translation>Table des taux {table} : ce n'est pas une liste d'objectifs de territorialisation (JSON) : {error}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="63"/>
        <source>Rates table {table}: entry {index} has no field {field}</source>
        <translation>Table des taux {table} : l'entrée {index} n'a pas de champ {field}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="65"/>
        <source>Rates table {table}: missing column(s) {columns} (expected {expected})</source>
        <translation>Table des taux {table} : colonne(s) manquante(s) {columns} (attendu : {expected})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="67"/>
        <source>Rates table {table}: the GeoPackage has no table {name}</source>
        <translation>Table des taux {table} : le GeoPackage ne contient pas de table {name}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="69"/>
        <source>Rates table {table}, row {row}: empty territory_id</source>
        <translation>Table des taux {table}, ligne {row} : territory_id vide</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="71"/>
        <source>Rates table {table}: territory {territory} appears more than once (rows {rows})</source>
        <translation>Table des taux {table} : le territoire {territory} apparaît plusieurs fois (lignes {rows})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="73"/>
        <source>Rates table {table}, row {row} ({territory}): field {field} {value!r} is not a number</source>
        <translation>Table des taux {table}, ligne {row} ({territory}) : le champ {field} {value!r} n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="75"/>
        <source>Rates table {table}, row {row} ({territory}): field {field} = {value} is above 100 %</source>
        <translation>Table des taux {table}, ligne {row} ({territory}) : le champ {field} = {value} dépasse 100 %</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="77"/>
        <source>Rates table {table}: parent {parent} of {territory} is not in the table</source>
        <translation>Table des taux {table} : le parent {parent} de {territory} est absent de la table</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="79"/>
        <source>Rates table {table}: no rate for {territory} nor any of its parents ({chain})</source>
        <translation>Table des taux {table} : aucun taux pour {territory} ni pour ses parents ({chain})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="82"/>
        <source>{territory}: no reduction rate of its own: regional rate applied ({parent}, {rate} %)</source>
        <translation>{territory} : pas de taux de réduction propre : taux régional appliqué ({parent}, {rate} %)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="84"/>
        <source>{territory}: no reduction rate of its own: national rate applied ({parent}, {rate} %, indicative)</source>
        <translation>{territory} : pas de taux de réduction propre : taux national appliqué ({parent}, {rate} %, indicatif)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="90"/>
        <source>{territory}: no reduction rate of its own: rate of {parent} applied ({rate} %)</source>
        <translation>{territory} : pas de taux de réduction propre : taux de {parent} appliqué ({rate} %)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report.py" line="283"/>
        <source>Unknown territory kind {value!r}</source>
        <translation>Type de territoire inconnu {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report.py" line="293"/>
        <source>{territory}: no NAF consumption for the year(s) {years}</source>
        <translation>{territory} : aucune consommation d'espaces NAF pour la ou les années {years}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="65"/>
        <source>Unknown trajectory mode {value!r} (expected legal or mda_compatible)</source>
        <translation>Mode de trajectoire inconnu {value!r} (attendu : legal ou mda_compatible)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="55"/>
        <source>{layer}: no commune to compute</source>
        <translation>{layer} : aucune commune à calculer</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="56"/>
        <source>{table}: no consumption (destination naf) for {count} commune(s) of {layer}: {communes}</source>
        <translation>{table} : aucune consommation (destination naf) pour {count} commune(s) de {layer} : {communes}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="58"/>
        <source>{table}: the communes do not all end the same year ({years}): each territory uses its own</source>
        <translation>{table} : les communes ne s'arrêtent pas toutes au même millésime ({years}) : chaque territoire utilise le sien</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="60"/>
        <source>The 1 ha guarantee applies to eligible communes only: it is not applied to the territories of {field} (their sum of commune envelopes is given in sum_commune_envelopes_m2)</source>
        <translation>La garantie communale d'1 ha ne s'applique qu'aux communes éligibles : elle n'est pas appliquée aux territoires de {field} (la somme des enveloppes de leurs communes figure dans sum_commune_envelopes_m2)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="65"/>
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
        <location filename="../aula_plugin/gis/geometry.py" line="43"/>
        <source>{layer}: {count} invalid geometry(ies) repaired with makeValid</source>
        <translation>{layer} : {count} géométrie(s) invalide(s) réparée(s) avec makeValid</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/overlay.py" line="139"/>
        <source>{layer}: no commune with a code in field {field} and a geometry</source>
        <translation>{layer} : aucune commune avec un code dans le champ {field} et une géométrie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/overlay.py" line="141"/>
        <source>{layer}: reprojected from {crs} to EPSG:2154 (Lambert-93) to measure areas</source>
        <translation>{layer} : reprojetée de {crs} en EPSG:2154 (Lambert-93) pour mesurer les surfaces</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_cerema_io.py" line="47"/>
        <source>{path}: cannot open the file ({reason})</source>
        <translation>{path} : impossible d'ouvrir le fichier ({reason})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_cerema_io.py" line="48"/>
        <source>{path}: no layer {layer} (layers: {layers})</source>
        <translation>{path} : pas de couche {layer} (couches : {layers})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/model.py" line="164"/>
        <source>{layer}: no release {release} (releases: {releases})</source>
        <translation>{layer} : aucun millésime {release} (millésimes : {releases})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="92"/>
        <source>Unknown edge smoothing rule {rule}: use none, R2022A or R2023A.</source>
        <translation>Règle de lissage des bords inconnue {rule} : utiliser none, R2022A ou R2023A.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="100"/>
        <source>Contiguity must be 4 (rook) or 8 (queen), not {value}.</source>
        <translation>La contiguïté doit valoir 4 (tour) ou 8 (dame), pas {value}.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="278"/>
        <source>The population grid is empty.</source>
        <translation>La grille de population est vide.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="280"/>
        <source>The grids differ in size: population {pop}, built-up {built}, land {land}.</source>
        <translation>Les grilles n'ont pas la même taille : population {pop}, bâti {built}, terres {land}.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="76"/>
        <source>{n} points of bad location quality (&gt; 500 m) dropped</source>
        <translation>{n} points de qualité de localisation « mauvaise » (&gt; 500 m) écartés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="77"/>
        <source>{n} points not geolocated dropped</source>
        <translation>{n} points non géolocalisés écartés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="78"/>
        <source>{n} points of undetermined quality dropped</source>
        <translation>{n} points de qualité de localisation « indéterminée » écartés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="79"/>
        <source>{n} closed establishments dropped</source>
        <translation>{n} établissements fermés écartés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="80"/>
        <source>{n} points with a low geocoding score dropped</source>
        <translation>{n} points au score de géocodage insuffisant écartés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="81"/>
        <source>{n} points geocoded at commune level dropped</source>
        <translation>{n} points géocodés à la commune écartés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="83"/>
        <source>{source}: {read} rows read, {kept} activities kept</source>
        <translation>{source} : {read} lignes lues, {kept} activités retenues</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="84"/>
        <source>{n} points without coordinates skipped</source>
        <translation>{n} points sans coordonnées ignorés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="85"/>
        <source>{n} duplicates merged</source>
        <translation>{n} doublons fusionnés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="86"/>
        <source>excluded activities: {codes}</source>
        <translation>activités exclues : {codes}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="87"/>
        <source>unknown codes skipped: {codes}</source>
        <translation>codes inconnus ignorés : {codes}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="88"/>
        <source>{n} points dropped ({reason})</source>
        <translation>{n} points écartés ({reason})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="89"/>
        <source>{source}: unknown codes in field {field}: {codes}. Add them to the mapping table {table} or choose to skip unknown codes.</source>
        <translation>{source} : codes inconnus dans le champ {field} : {codes}. Ajoutez-les à la table de correspondance {table} ou choisissez d’ignorer les codes inconnus.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="93"/>
        <source>{source}: unknown values in the function field {field}: {codes}. Expected C, S, E (commerce, service, équipement) or X (excluded), or choose to skip unknown values.</source>
        <translation>{source} : valeurs inconnues dans le champ de fonction {field} : {codes}. Valeurs attendues : C, S, E (commerce, service, équipement) ou X (exclu) ; vous pouvez aussi choisir d’ignorer les valeurs inconnues.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="97"/>
        <source>SIRENE: activity codes in another nomenclature than NAF rev. 2: {codes}. Only NAFRev2 codes can be mapped to functions.</source>
        <translation>SIRENE : codes d’activité dans une autre nomenclature que la NAF rév. 2 : {codes}. Seuls les codes NAFRev2 peuvent être rattachés à une fonction.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="101"/>
        <source>{source}: field {field} is missing (fields found: {fields}).</source>
        <translation>{source} : le champ {field} est absent (champs trouvés : {fields}).</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="103"/>
        <source>No {kind} mapping table of version {version} (available: {available}).</source>
        <translation>Aucune table de correspondance {kind} de version {version} (disponibles : {available}).</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="105"/>
        <source>Mapping table {table}, line {line}: {problem}</source>
        <translation>Table de correspondance {table}, ligne {line} : {problem}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/cluster.py" line="43"/>
        <source>Coordinates: x and y must have the same length</source>
        <translation>Coordonnées : x et y doivent avoir la même longueur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/cluster.py" line="44"/>
        <source>Coordinates: {n} points have no finite coordinates</source>
        <translation>Coordonnées : {n} points n'ont pas de coordonnées finies</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="42"/>
        <source>{n} activities &lt; {n_min}</source>
        <translation>{n} activités &lt; {n_min}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="43"/>
        <source>functions C, S, E: {k}/3 &lt; 2</source>
        <translation>fonctions C, S, E : {k}/3 &lt; 2</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="44"/>
        <source>Level thresholds: three increasing numbers expected, got “{value}”</source>
        <translation>Seuils de niveau : trois nombres croissants attendus, reçu « {value} »</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/closing.py" line="27"/>
        <source>The distance must be a positive number of metres, not {value}</source>
        <translation>La distance doit être un nombre positif de mètres, pas {value}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/corridors.py" line="54"/>
        <source>There is no reservoir on the friction grid</source>
        <translation>Aucun réservoir ne se trouve sur la grille de friction</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/corridors.py" line="56"/>
        <source>The all-pairs topology needs a maximum cost greater than 0</source>
        <translation>La topologie « toutes les paires » demande un coût maximal supérieur à 0</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="163"/>
        <source>The friction grid must be a non-empty 2-D array.</source>
        <translation>La grille de friction doit être un tableau à deux dimensions non vide.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="169"/>
        <source>The source grid ({src}) and the friction grid ({fr}) differ in shape.</source>
        <translation>La grille des sources ({src}) et la grille de friction ({fr}) n’ont pas la même taille.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="174"/>
        <source>The cell size must be positive (got {ew} × {ns}).</source>
        <translation>La taille de cellule doit être positive (reçu {ew} × {ns}).</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="181"/>
        <source>The friction contains {n} negative values.</source>
        <translation>La friction contient {n} valeurs négatives.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="190"/>
        <source>There is no source cell.</source>
        <translation>Il n’y a aucune cellule source.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="193"/>
        <source>Every source cell is impassable (friction without data).</source>
        <translation>Toutes les cellules sources sont infranchissables (friction sans donnée).</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="221"/>
        <source>The maximum cost and the start cost cannot be negative.</source>
        <translation>Le coût maximal et le coût de départ ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="278"/>
        <source>The cell ({row}, {col}) cannot be reached from any source.</source>
        <translation>La cellule ({row}, {col}) n’est atteignable depuis aucune source.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="61"/>
        <source>{table}: no key column (a column named code, code_18, or code_cs and code_us)</source>
        <translation>{table} : aucune colonne de clé (une colonne nommée code, code_18, ou code_cs et code_us)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="63"/>
        <source>{table}: no column for the sub-network {subnetwork} (columns: {columns})</source>
        <translation>{table} : aucune colonne pour la sous-trame {subnetwork} (colonnes : {columns})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="65"/>
        <source>{table}: the code {code} appears more than once (lines {lines})</source>
        <translation>{table} : le code {code} apparaît plusieurs fois (lignes {lines})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="67"/>
        <source>{table}, line {line}, column {column}: {value!r} is not a number</source>
        <translation>{table}, ligne {line}, colonne {column} : {value!r} n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="69"/>
        <source>{table}, line {line}, column {column}: negative friction {value}</source>
        <translation>{table}, ligne {line}, colonne {column} : friction négative {value}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="75"/>
        <source>{table}, line {line}: the key column {column} is empty</source>
        <translation>{table}, ligne {line} : la colonne de clé {column} est vide</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="77"/>
        <source>{table}: the table has no row</source>
        <translation>{table} : la table n'a aucune ligne</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="78"/>
        <source>{layer}: {count} land-cover code(s) missing from the friction table {table}, nothing was written:
{lines}</source>
        <translation>{layer} : {count} code(s) d'occupation du sol absent(s) de la table de friction {table}, rien n'a été écrit :
{lines}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="81"/>
        <source>{code}: {area} ha</source>
        <translation>{code} : {area} ha</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="82"/>
        <source>{table}: unknown infrastructure class {value!r} (known classes: {known})</source>
        <translation>{table} : classe d'infrastructure inconnue {value!r} (classes connues : {known})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="84"/>
        <source>{table}, line {line}: the width {value!r} is not a positive number of metres</source>
        <translation>{table}, ligne {line} : la largeur {value!r} n'est pas un nombre positif de mètres</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="88"/>
        <source>Unknown light mode {mode!r} (expected {modes})</source>
        <translation>Mode d'éclairage inconnu {mode!r} (attendu : {modes})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="475"/>
        <source>The light reference must be positive</source>
        <translation>La lumière de référence doit être positive</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="89"/>
        <source>Duplicate patch identifiers: {ids}</source>
        <translation>Identifiants de taches en double : {ids}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="100"/>
        <source>Link {a} – {b}: the cost {cost} is not a finite number &gt;= 0</source>
        <translation>Lien {a} – {b} : le coût {cost} n'est pas un nombre fini &gt;= 0</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="118"/>
        <source>Links name {count} unknown patch identifiers: {ids}</source>
        <translation>Les liens citent {count} identifiants de taches inconnus : {ids}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="133"/>
        <source>The reference distance d0 must be &gt; 0 (got {d0})</source>
        <translation>La distance de référence d0 doit être &gt; 0 (valeur reçue : {d0})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="137"/>
        <source>The probability p0 must be in ]0, 1] (got {p0})</source>
        <translation>La probabilité p0 doit être dans ]0, 1] (valeur reçue : {p0})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="288"/>
        <source>{count} patches have a missing or negative capacity</source>
        <translation>{count} taches ont une capacité manquante ou négative</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="293"/>
        <source>The landscape area must be &gt; 0 (got {area})</source>
        <translation>La surface du paysage doit être &gt; 0 (valeur reçue : {area})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="298"/>
        <source>There is no patch in the graph</source>
        <translation>Le graphe ne contient aucune tache</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/patches.py" line="23"/>
        <source>Connectivity must be 4 or 8 neighbours, not {value}</source>
        <translation>La connexité doit être de 4 ou 8 voisins, pas {value}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/subnetworks.py" line="17"/>
        <source>Woodland</source>
        <translation>Sous-trame boisée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/subnetworks.py" line="18"/>
        <source>Grassland and open habitats</source>
        <translation>Sous-trame des milieux ouverts</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/subnetworks.py" line="19"/>
        <source>Wetlands</source>
        <translation>Sous-trame des milieux humides</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/subnetworks.py" line="20"/>
        <source>Aquatic (watercourses)</source>
        <translation>Sous-trame aquatique</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_agreed.py" line="74"/>
        <source>Agreed perimeter {agreed}: best match {computed}, IoU {iou}</source>
        <translation>Périmètre validé {agreed} : meilleur périmètre calculé correspondant {computed}, IoU {iou}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_agreed.py" line="75"/>
        <source>area difference {diff} ha</source>
        <translation>écart de surface {diff} ha</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_agreed.py" line="76"/>
        <source>activities inside both {both}, only agreed {agreed}, only computed {computed}</source>
        <translation>activités dans les deux {both}, seulement dans le validé {agreed}, seulement dans le calculé {computed}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_agreed.py" line="79"/>
        <source>Agreed perimeter {agreed}: no computed perimeter overlaps it (IoU 0)</source>
        <translation>Périmètre validé {agreed} : aucun périmètre calculé ne le recouvre (IoU 0)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_agreed.py" line="82"/>
        <source>Computed perimeter {computed} overlaps no agreed perimeter</source>
        <translation>Le périmètre calculé {computed} ne recouvre aucun périmètre validé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="74"/>
        <source>{layer}: GDAL cannot read this raster.</source>
        <translation>{layer} : GDAL ne peut pas lire ce raster.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="76"/>
        <source>{layer}: the raster is empty.</source>
        <translation>{layer} : le raster est vide.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="71"/>
        <source>{layer} has no coordinate reference system: use EPSG:2154 (Lambert-93).</source>
        <translation>{layer} n’a pas de système de coordonnées de référence : utilisez EPSG:2154 (Lambert-93).</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="72"/>
        <source>{layer} is in a geographic CRS (degrees): cost distances need metres; reproject it to EPSG:2154 (Lambert-93).</source>
        <translation>{layer} est dans un SCR géographique (degrés) : les distances de coût demandent des mètres ; reprojetez-le en EPSG:2154 (Lambert-93).</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="73"/>
        <source>{layer} is in a projected CRS other than EPSG:2154: it is used as it is, since reprojecting a friction raster would change its values.</source>
        <translation>{layer} est dans un SCR projeté autre qu’EPSG:2154 : il est utilisé tel quel, car reprojeter un raster de friction modifierait ses valeurs.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="77"/>
        <source>Cannot create {path}.</source>
        <translation>Impossible de créer {path}.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scipy_support.py" line="18"/>
        <source>This algorithm needs the Python package scipy, which is missing from this QGIS installation: install python3-scipy (Debian, Ubuntu) or scipy in the OSGeo4W shell (Windows)</source>
        <translation>Ce traitement a besoin du paquet Python scipy, absent de cette installation de QGIS : installez python3-scipy (Debian, Ubuntu) ou scipy depuis le shell OSGeo4W (Windows)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scipy_support.py" line="21"/>
        <source>AULA Territoires: the green and blue network, centralities and Degree of Urbanisation algorithms need the Python package scipy, which is missing from this QGIS installation: install python3-scipy (Debian, Ubuntu) or scipy in the OSGeo4W shell (Windows)</source>
        <translation>AULA Territoires : les traitements de trame verte et bleue, de centralités et de degré d'urbanisation ont besoin du paquet Python scipy, absent de cette installation de QGIS : installez python3-scipy (Debian, Ubuntu) ou scipy depuis le shell OSGeo4W (Windows)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="75"/>
        <source>{layer}: rotated or south-up rasters are not supported.</source>
        <translation>{layer} : les rasters tournés ou orientés vers le sud ne sont pas pris en charge.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/aggregation_io.py" line="44"/>
        <source>{layer}: field {field} is not numeric (type {type}): it cannot be summed</source>
        <translation>{layer} : le champ {field} n'est pas numérique (type {type}) : il ne peut pas être additionné</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/aggregation_io.py" line="49"/>
        <source>{layer}: key {key} of field {field} appears more than once: the first feature&apos;s geometry is used</source>
        <translation>{layer} : la clé {key} du champ {field} apparaît plusieurs fois : la géométrie de la première entité est utilisée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/aggregation_io.py" line="52"/>
        <source>{layer}: parent {key} is missing from {parent_layer} (field {field}): its row is written without geometry</source>
        <translation>{layer} : le parent {key} est absent de {parent_layer} (champ {field}) : sa ligne est écrite sans géométrie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/aggregation_io.py" line="55"/>
        <source>{layer}: {count} parent(s) have no member in {input} and are not written: {keys}</source>
        <translation>{layer} : {count} parent(s) sans aucun membre dans {input} ne sont pas écrits : {keys}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="575"/>
        <source>{layer}: {count} value(s) of field {field} are not INSEE codes: {codes}</source>
        <translation>{layer} : {count} valeur(s) du champ {field} ne sont pas des codes INSEE : {codes}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="577"/>
        <source>{file}: {count} commune(s) of {layer} are missing from the file (after COG corrections): {codes}. Nothing was written</source>
        <translation>{file} : {count} commune(s) de {layer} manquent dans le fichier (après corrections du COG) : {codes}. Rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="580"/>
        <source>{file}: {count} commune code(s) are absent from {layer} (by département: {deps}): {codes}. Nothing was written. Tick 'Keep only the communes of the commune layer' to import only those communes</source>
        <translation>{file} : {count} code(s) de commune absent(s) de {layer} (par département : {deps}) : {codes}. Rien n'a été écrit. Cocher « Ne garder que les communes de la couche des communes » pour n'importer que ces communes</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="584"/>
        <source>{file}: release {release}, {count} commune(s), destinations {dest}</source>
        <translation>{file} : millésime {release}, {count} commune(s), destinations {dest}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="586"/>
        <source>{file}: the release does not cover the reference decade 2011-2020: the reference consumption cannot be computed from it</source>
        <translation>{file} : le millésime ne couvre pas la décennie de référence 2011-2020 : la consommation de référence ne peut pas en être calculée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="589"/>
        <source>COG {source} → {target}: {count} correction(s) applied</source>
        <translation>COG {source} → {target} : {count} correction(s) appliquée(s)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="591"/>
        <source>{count} commune(s) of the file outside the commune layer left out</source>
        <translation>{count} commune(s) du fichier hors de la couche des communes écartée(s)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="593"/>
        <source>{file}: {count} negative annual value(s), kept as published (not clipped) and listed in zan_consommation_anomalies, e.g. {examples}</source>
        <translation>{file} : {count} valeur(s) annuelle(s) négative(s), conservée(s) telles que publiées (non ramenées à zéro) et listées dans zan_consommation_anomalies, par exemple {examples}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="596"/>
        <source>{file}: {count} empty cell(s): no row written for them</source>
        <translation>{file} : {count} cellule(s) vide(s) : aucune ligne écrite pour elles</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="598"/>
        <source>Check C1 (naf = Σ destinations ± 1 m²): {tested} tested, {failed} exception(s)</source>
        <translation>Contrôle C1 (naf = Σ destinations ± 1 m²) : {tested} testé(s), {failed} exception(s)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="600"/>
        <source>Check C1 exceptions (listed in the anomalies table): {examples}</source>
        <translation>Exceptions au contrôle C1 (listées dans la table des anomalies) : {examples}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="602"/>
        <source>Check C2 (annual flows = windows): {tested} tested, {failed} exception(s)</source>
        <translation>Contrôle C2 (flux annuels = colonnes cumulées) : {tested} testé(s), {failed} exception(s)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="604"/>
        <source>Check C2 exceptions (listed in the anomalies table): {examples}</source>
        <translation>Exceptions au contrôle C2 (listées dans la table des anomalies) : {examples}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="606"/>
        <source>Destinations absent from this release (no rows, not zero): {dest}</source>
        <translation>Destinations absentes de ce millésime (pas de lignes, pas de zéros) : {dest}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_consumption_io.py" line="51"/>
        <source>{layer} holds several releases ({releases}): the latest, {release}, is used</source>
        <translation>{layer} contient plusieurs millésimes ({releases}) : le plus récent, {release}, est utilisé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="56"/>
        <source>{layer}: no commune has {field} = {value}</source>
        <translation>{layer} : aucune commune n'a {field} = {value}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="57"/>
        <source>{layer}: no consumption row for the communes of {territory}</source>
        <translation>{layer} : aucune ligne de consommation pour les communes de {territory}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="59"/>
        <source>{layer}: release {release} not found (releases: {releases})</source>
        <translation>{layer} : millésime {release} introuvable (millésimes : {releases})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="61"/>
        <source>{layer}: several releases ({releases}); the most recent one, {release}, is reported (choose another with RELEASE)</source>
        <translation>{layer} : plusieurs millésimes ({releases}) ; le plus récent, {release}, est retenu (en choisir un autre avec RELEASE)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="64"/>
        <source>{layer}: {count} commune(s) of the territory have no row: {communes}</source>
        <translation>{layer} : {count} commune(s) du territoire sans ligne : {communes}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="66"/>
        <source>The 1 ha guarantee applies to eligible communes only: ignored for {t}</source>
        <translation>La garantie communale d'1 ha ne vaut que pour les communes éligibles : ignorée pour {t}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="68"/>
        <source>{layer}: no row for territory {territory} nor for its communes</source>
        <translation>{layer} : aucune ligne pour le territoire {territory} ni pour ses communes</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="70"/>
        <source>Synthetic input data: every output is stamped SYNTHÉTIQUE</source>
        <translation>Données d'entrée synthétiques : tous les résultats portent la mention SYNTHÉTIQUE</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="71"/>
        <source>{layer}: some communes have no surface_ha: the area is incomplete</source>
        <translation>{layer} : des communes n'ont pas de surface_ha : la surface est incomplète</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="63"/>
        <source>{parameter}: the template {value!r} has no {{key}}</source>
        <translation>{parameter} : le modèle {value!r} ne contient pas {{key}}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="39"/>
        <source>{layer}: missing field(s) {fields} (expected {expected})</source>
        <translation>{layer} : champ(s) manquant(s) {fields} (attendus : {expected})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/fields.py" line="14"/>
        <source>{layer}: field {field} is not numeric</source>
        <translation>{layer} : le champ {field} n'est pas numérique</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="41"/>
        <source>{layer}: feature {fid}: field {field} is NULL</source>
        <translation>{layer} : entité {fid} : le champ {field} est NULL</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="42"/>
        <source>{layer}: no release field to choose release {release}</source>
        <translation>{layer} : aucun champ release pour choisir le millésime {release}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="44"/>
        <source>{layer}: several releases ({releases}); {release} is used</source>
        <translation>{layer} : plusieurs millésimes ({releases}) ; {release} est utilisé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="46"/>
        <source>{layer}: feature {fid} has an empty {field}</source>
        <translation>{layer} : l'entité {fid} a un champ {field} vide</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="47"/>
        <source>{layer}: commune {insee} appears more than once</source>
        <translation>{layer} : la commune {insee} apparaît plusieurs fois</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="48"/>
        <source>{layer}: commune {insee}: eligibility {field} = {value!r} is not 1/0, true/false or oui/non</source>
        <translation>{layer} : commune {insee} : l'éligibilité {field} = {value!r} n'est ni 1/0, ni true/false, ni oui/non</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="51"/>
        <source>{layer}: {count} commune(s) without a group key are left out: {list}</source>
        <translation>{layer} : {count} commune(s) sans clé de groupe sont écartées : {list}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="53"/>
        <source>{layer}: feature {fid}: year {year}: deductions only apply to consumption since 2021</source>
        <translation>{layer} : entité {fid} : année {year} : les déductions ne portent que sur la consommation depuis 2021</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="55"/>
        <source>{layer}: {count} commune(s) not in {communes} are ignored</source>
        <translation>{layer} : {count} commune(s) absentes de {communes} sont ignorées</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_report.py" line="59"/>
        <source>{layer}: no polygon geometry: the report has no map</source>
        <translation>{layer} : pas de géométrie polygonale : le rapport est sans carte</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_report.py" line="60"/>
        <source>The PDF could not be written to {path}: {error}</source>
        <translation>Le PDF n'a pas pu être écrit dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_delineation.py" line="34"/>
        <source>{n} activities, {c} clusters ({core} core, {border} border, {noise} noise points; {cut} links cut by barriers): {k} perimeters, {r} rejected</source>
        <translation>{n} activités, {c} groupes ({core} points de cœur, {border} de bordure, {noise} de bruit ; {cut} liaisons coupées) : {k} périmètres, {r} rejetés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="47"/>
        <source>{layer}: reprojected from {crs} to Lambert-93 (EPSG:2154)</source>
        <translation>{layer} : reprojeté de {crs} en Lambert-93 (EPSG:2154)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="48"/>
        <source>{layer}: no CRS, read as Lambert-93 (EPSG:2154)</source>
        <translation>{layer} : pas de SCR, lu en Lambert-93 (EPSG:2154)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="49"/>
        <source>{layer}: {n} points with a negative number of dwellings skipped</source>
        <translation>{layer} : {n} points avec un nombre de logements négatif ignorés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="52"/>
        <source>{layer}: {n} dwellings on {p} points</source>
        <translation>{layer} : {n} logements sur {p} points</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="53"/>
        <source>{layer}: perimeters projected to {crs} for the overlay</source>
        <translation>{layer} : périmètres projetés en {crs} pour le croisement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="54"/>
        <source>{layer}: {n} dwellings in the grid</source>
        <translation>{layer} : {n} logements dans la grille</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="55"/>
        <source>No dwellings given: every candidate fails the housing rule</source>
        <translation>Aucun logement fourni : tous les candidats échouent au critère d'habitat</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="56"/>
        <source>Barriers: {n} segments</source>
        <translation>Coupures : {n} segments</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="57"/>
        <source>{layer}: no activity point left to analyse</source>
        <translation>{layer} : plus aucun point d'activité à analyser</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="58"/>
        <source>Synthetic input (demo data, not real data): {layers}</source>
        <translation>Données d'entrée synthétiques (démonstration, pas des données réelles) : {layers}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="63"/>
        <source>{layer}: the grid would have {cells} cells ({cols} × {rows}), over the limit of {limit}: choose a coarser resolution or a smaller extent</source>
        <translation>{layer} : la grille aurait {cells} cellules ({cols} × {rows}), au-delà de la limite de {limit} : choisissez une résolution plus grossière ou une emprise plus petite</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="66"/>
        <source>{layer} ({what}): the layer has no coordinate reference system</source>
        <translation>{layer} ({what}) : la couche n'a pas de système de coordonnées de référence</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="68"/>
        <source>{layer} ({what}) is in a geographic CRS ({crs}): distances and areas need metres; reproject it to Lambert-93 (EPSG:2154)</source>
        <translation>{layer} ({what}) est dans un SCR géographique ({crs}) : distances et surfaces demandent des mètres ; reprojetez-la en Lambert-93 (EPSG:2154)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_continuums.py" line="33"/>
        <source>{layer}: the habitat layer has no geometry</source>
        <translation>{layer} : la couche d'habitat n'a aucune géométrie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_continuums.py" line="34"/>
        <source>Self-check: intersection over union with the vector buffer-out-then-in = {iou}</source>
        <translation>Autocontrôle : intersection sur union avec la méthode vectorielle tampon positif puis négatif = {iou}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_continuums.py" line="36"/>
        <source>{layer} is in {crs}: continuums reprojected to Lambert-93</source>
        <translation>{layer} est en {crs} : continuums reprojetés en Lambert-93</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_costdistance.py" line="33"/>
        <source>{layer}: sources reprojected to the CRS of {raster}</source>
        <translation>{layer} : sources reprojetées dans le SCR de {raster}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_costdistance.py" line="34"/>
        <source>{layer}: {n} polygons too thin to cover a cell centre use the cell of their inner point</source>
        <translation>{layer} : {n} polygones trop fins pour couvrir un centre de cellule prennent la cellule de leur point intérieur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_costdistance.py" line="36"/>
        <source>{layer}: no source lies inside the raster {raster}</source>
        <translation>{layer} : aucune source n’est à l’intérieur du raster {raster}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_costdistance.py" line="37"/>
        <source>{layer}: {n} sources outside the raster {raster} are ignored</source>
        <translation>{layer} : {n} sources hors du raster {raster} sont ignorées</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_costdistance.py" line="39"/>
        <source>{layer}: every source lies on impassable cells (friction nodata) of {raster}</source>
        <translation>{layer} : toutes les sources sont sur des cellules infranchissables (sans donnée) de {raster}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_costdistance.py" line="41"/>
        <source>{layer}: {cells} source cells on impassable cells (friction nodata) are dropped; {n} sources lose all their cells</source>
        <translation>{layer} : {cells} cellules sources situées sur des cellules infranchissables (sans donnée) sont écartées ; {n} sources perdent toutes leurs cellules</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_reservoirs.py" line="35"/>
        <source>{layer}: no zoning type field {field} and no type in the layer name ({types})</source>
        <translation>{layer} : pas de champ de type de zonage {field} ni de type dans le nom de la couche ({types})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_reservoirs.py" line="37"/>
        <source>{layer} is in {crs}: reprojected to Lambert-93 (EPSG:2154)</source>
        <translation>{layer} est en {crs} : reprojeté en Lambert-93 (EPSG:2154)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_reservoirs.py" line="39"/>
        <source>Zonings of type {type} left out: {count}</source>
        <translation>Zonages de type {type} non retenus : {count}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_reservoirs.py" line="40"/>
        <source>Habitat (friction ≤ {max}): {kept} patches of at least {min} ha, {dropped} smaller ones dropped ({conn}-connectivity)</source>
        <translation>Habitat (friction ≤ {max}) : {kept} taches d'au moins {min} ha, {dropped} plus petites écartées ({conn}-connexité)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_reservoirs.py" line="43"/>
        <source>{layer} is in {crs}: patches reprojected to Lambert-93</source>
        <translation>{layer} est en {crs} : taches reprojetées en Lambert-93</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="56"/>
        <source>{layer}: no class field {field} and no class in the layer name; classes: {known}</source>
        <translation>{layer} : pas de champ de classe {field} ni de classe dans le nom de la couche ; classes : {known}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="58"/>
        <source>{layer}: the extent is empty</source>
        <translation>{layer} : l'emprise est vide</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="61"/>
        <source>{layer}: no land-cover polygon in the extent</source>
        <translation>{layer} : aucun polygone d'occupation du sol dans l'emprise</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="62"/>
        <source>{layer}: land-cover codes must be whole numbers</source>
        <translation>{layer} : les codes d'occupation du sol doivent être des nombres entiers</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="63"/>
        <source>{layer}: every cell of the land cover is nodata</source>
        <translation>{layer} : toutes les cellules de l'occupation du sol sont en nodata</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="64"/>
        <source>{cls}: {count} lines, width {width} m, friction {value}</source>
        <translation>{cls} : {count} lignes, largeur {width} m, friction {value}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="66"/>
        <source>Light: {lit} lit cells ({mode})</source>
        <translation>Lumière : {lit} cellules éclairées ({mode})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/aggregation_io.py" line="48"/>
        <source>{layer}: parent key field {field} does not exist</source>
        <translation>{layer} : le champ clé du parent {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_report.py" line="64"/>
        <source>{layer}: territory field {field} does not exist</source>
        <translation>{layer} : le champ du territoire {field} n'existe pas</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/outputs.py" line="40"/>
        <source>{output}: cannot write into the folder {folder} (read-only, or not a folder)</source>
        <translation>{output} : impossible d'écrire dans le dossier {folder} (lecture seule, ou ce n'est pas un dossier)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/outputs.py" line="43"/>
        <source>{output}: {path} is a folder, not a file</source>
        <translation>{output} : {path} est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/outputs.py" line="44"/>
        <source>{output}: {path} is a file, not a folder</source>
        <translation>{output} : {path} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/outputs.py" line="45"/>
        <source>{output}: the existing file {path} is read-only and cannot be replaced</source>
        <translation>{output} : le fichier existant {path} est en lecture seule et ne peut pas être remplacé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/outputs.py" line="49"/>
        <source>{output}: the result could not be moved to {path} ({problem}); nothing was written</source>
        <translation>{output} : le résultat n'a pas pu être placé dans {path} ({problem}) ; rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/numbers.py" line="25"/>
        <source>{what}: {value} is not a finite number</source>
        <translation>{what} : {value} n'est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/numbers.py" line="27"/>
        <source>{what}: {value} is beyond the largest value a Float32 raster holds (3.4e+38)</source>
        <translation>{what} : {value} dépasse la plus grande valeur qu'un raster Float32 peut contenir (3,4e+38)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/textfiles.py" line="23"/>
        <source>{file}: cannot read the file ({problem})</source>
        <translation>{file} : impossible de lire le fichier ({problem})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/textfiles.py" line="24"/>
        <source>{file}: read as {encoding}</source>
        <translation>{file} : lu en {encoding}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/numbers.py" line="35"/>
        <source>{what}: about {needed} GiB of memory would be needed, more than this computer can give ({available} GiB); choose a coarser resolution, a smaller extent or a shorter distance</source>
        <translation>{what} : il faudrait environ {needed} Gio de mémoire, plus que cet ordinateur ne peut en donner ({available} Gio) ; choisissez une résolution plus grossière, une emprise plus petite ou une distance plus courte</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/textfiles.py" line="20"/>
        <source>{file}: not a text file in UTF-8 or Windows-1252 (byte {offset}); save it as CSV UTF-8</source>
        <translation>{file} : ce n'est pas un fichier texte en UTF-8 ni en Windows-1252 (octet {offset}) ; enregistrez-le en CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="94"/>
        <source>{layer}: field {field} holds a value that is not a finite number ({value}): a sum or a rate with it would mean nothing</source>
        <translation>{layer} : le champ {field} contient une valeur qui n'est pas un nombre fini ({value}) : une somme ou un taux qui l'inclut n'aurait pas de sens</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="45"/>
        <source>Parameter {name}: {value} is out of range ({low} to {high})</source>
        <translation>Paramètre {name} : {value} est hors de la plage admise ({low} à {high})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="107"/>
        <source>{layer}: {count} cell(s) hold a negative or infinite value (e.g. {value}): inhabitants and m² are finite numbers ≥ 0; mark missing cells as nodata</source>
        <translation>{layer} : {count} cellule(s) contiennent une valeur négative ou infinie (par exemple {value}) : les habitants et les m² sont des nombres finis ≥ 0 ; marquez les cellules manquantes comme nodata</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="50"/>
        <source>{layer}: {n} points with a number of dwellings that is not finite skipped (e.g. {value})</source>
        <translation>{layer} : {n} points dont le nombre de logements n'est pas un nombre fini ignorés (par exemple {value})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="51"/>
        <source>{layer}: {n} cells with a negative or non-finite number of dwellings counted as 0 (e.g. {value})</source>
        <translation>{layer} : {n} cellules dont le nombre de logements est négatif ou non fini comptées comme 0 (par exemple {value})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="128"/>
        <source>The maximum cost {value} is beyond any cost this friction can give (at most {bound}): give 0 for no limit, or a value between 0 and {bound}</source>
        <translation>Le coût maximal {value} dépasse tout coût que cette friction peut donner (au plus {bound}) : donnez 0 pour ne pas limiter, ou une valeur entre 0 et {bound}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="71"/>
        <source>{table}, line {line}, column {column}: {value} is not a finite friction; leave the cell empty for an impassable class</source>
        <translation>{table}, ligne {line}, colonne {column} : {value} n'est pas une friction finie ; laissez la cellule vide pour une classe infranchissable</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="73"/>
        <source>{table}, line {line}, column {column}: {value} is beyond the largest value a Float32 raster holds (3.4e+38)</source>
        <translation>{table}, ligne {line}, colonne {column} : {value} dépasse la plus grande valeur qu'un raster Float32 peut contenir (3,4e+38)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="86"/>
        <source>Light ({mode}): {count} cells would get a friction beyond the largest value a Float32 raster holds (3.4e+38); lower the multiplier or the floor</source>
        <translation>Lumière ({mode}) : {count} cellules auraient une friction au-delà de la plus grande valeur qu'un raster Float32 peut contenir (3,4e+38) ; baissez le multiplicateur ou le plancher</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/parameters.py" line="23"/>
        <source>{what}: {value} m is outside the sensible range of a cell size, {low} to {high} m</source>
        <translation>{what} : {value} m est hors de l'intervalle raisonnable d'une taille de cellule, de {low} à {high} m</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/parameters.py" line="25"/>
        <source>{what}: {value} m grows the habitat by {half} m, less than one cell ({cell} m), so nothing would change; give a distance between {low} and {high} m</source>
        <translation>{what} : {value} m fait croître l'habitat de {half} m, moins d'une cellule ({cell} m), ce qui ne changerait rien ; donnez une distance entre {low} et {high} m</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/parameters.py" line="27"/>
        <source>{what}: {value} m is beyond any dispersal distance; give a distance between {low} and {high} m</source>
        <translation>{what} : {value} m dépasse toute distance de dispersion ; donnez une distance entre {low} et {high} m</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="78"/>
        <source>{layer}: the file {file} is truncated or damaged, its cells cannot be read ({problem})</source>
        <translation>{layer} : le fichier {file} est tronqué ou endommagé, ses cellules ne peuvent pas être lues ({problem})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="80"/>
        <source>{layer}: the file {file} is truncated or damaged: it has {size} bytes, its cells go up to byte {end}</source>
        <translation>{layer} : le fichier {file} est tronqué ou endommagé : il fait {size} octets, ses cellules vont jusqu'à l'octet {end}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="82"/>
        <source>{layer}: {count} negative values in the friction (lowest {lowest}): a friction is zero or positive, nodata marks impassable cells</source>
        <translation>{layer} : {count} valeurs négatives dans la friction (la plus basse : {lowest}) : une friction est nulle ou positive, le nodata marque les cellules infranchissables</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="84"/>
        <source>{layer}: {count} cells hold an infinite friction: mark impassable cells with nodata (or NaN)</source>
        <translation>{layer} : {count} cellules portent une friction infinie : marquez les cellules infranchissables par le nodata (ou NaN)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="86"/>
        <source>{layer}: {count} friction values are beyond the largest value a Float32 raster holds (3.4e+38), up to {highest}</source>
        <translation>{layer} : {count} valeurs de friction dépassent la plus grande valeur qu'un raster Float32 peut contenir (3,4e+38), jusqu'à {highest}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="54"/>
        <source>{layer}: {count} lamps with an empty, zero, negative or non-finite {field} are ignored</source>
        <translation>{layer} : {count} lampadaires dont {field} est vide, nul, négatif ou non fini sont ignorés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/numbers.py" line="31"/>
        <source>{what}: {value} is outside the sensible range, {low} to {high}</source>
        <translation>{what} : {value} est hors de l'intervalle raisonnable, de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/sinks.py" line="18"/>
        <source>{output}: a feature could not be written ({problem}); no output was kept</source>
        <translation>{output} : une entité n'a pas pu être écrite ({problem}) ; aucune sortie n'a été conservée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/artificialisation.py" line="113"/>
        <source>{layers}: polygons of millésime {year} overlap in {count} commune(s) ({communes}): {ha} ha would be counted twice (polygons present twice?); remove the duplicates</source>
        <translation>{layers} : des polygones du millésime {year} se chevauchent dans {count} commune(s) ({communes}) : {ha} ha seraient comptés deux fois (polygones présents en double ?) ; supprimez les doublons</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/artificialisation.py" line="116"/>
        <source>Layers {layers} give the same millésime {year} over {count} commune(s) ({communes}): {ha} ha would be counted twice; give each millésime of a département once</source>
        <translation>Les couches {layers} donnent le même millésime {year} sur {count} commune(s) ({communes}) : {ha} ha seraient comptés deux fois ; donnez chaque millésime d'un département une seule fois</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/artificialisation.py" line="119"/>
        <source>{layers}: polygons of millésime {year} overlap in {count} commune(s) ({communes}): {ha} ha counted twice (less than 0.1 % of each commune)</source>
        <translation>{layers} : des polygones du millésime {year} se chevauchent dans {count} commune(s) ({communes}) : {ha} ha comptés deux fois (moins de 0,1 % de chaque commune)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/projects.py" line="41"/>
        <source>Horizon {value}: not a plausible year (between {low} and {high})</source>
        <translation>Horizon {value} : ce n'est pas une année plausible (entre {low} et {high})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/projects.py" line="43"/>
        <source>{layer}: field {field}: value {value!r} is not a year (e.g. 2030)</source>
        <translation>{layer} : champ {field} : la valeur {value!r} n'est pas une année (par ex. 2030)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/projects.py" line="45"/>
        <source>{layer}: field {field}: no project has the status(es) {statuses}; the values present are: {values}</source>
        <translation>{layer} : champ {field} : aucun projet n'a le(s) statut(s) {statuses} ; les valeurs présentes sont : {values}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/projects.py" line="48"/>
        <source>{layer}: field {field}: no project has the status(es) {statuses} (values present: {values})</source>
        <translation>{layer} : champ {field} : aucun projet n'a le(s) statut(s) {statuses} (valeurs présentes : {values})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/projects.py" line="50"/>
        <source>{layer}: field {field}: {count} key(s) appear on several rows, e.g. {key} ({rows} rows); one row per key is expected</source>
        <translation>{layer} : champ {field} : {count} clé(s) figurent sur plusieurs lignes, par ex. {key} ({rows} lignes) ; une seule ligne par clé est attendue</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/geometry.py" line="45"/>
        <source>{layer}: {count} invalid geometry(ies) empty after repair with makeValid, feature(s) ignored</source>
        <translation>{layer} : {count} géométrie(s) invalide(s) vide(s) après réparation avec makeValid, entité(s) ignorée(s)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/geometry.py" line="47"/>
        <source>{layer}: {count} feature(s) without geometry ignored</source>
        <translation>{layer} : {count} entité(s) sans géométrie ignorée(s)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="192"/>
        <source>{file}: column {column}, line {line} (commune {insee}): {value} is not a finite number (NaN or infinity): nothing was imported</source>
        <translation>{file} : colonne {column}, ligne {line} (commune {insee}) : {value} n'est pas un nombre fini (NaN ou infini) : rien n'a été importé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/gpkg_store.py" line="27"/>
        <source>{path}: the GeoPackage is locked by another program: close it (or stop editing its layers) and try again</source>
        <translation>{path} : le GeoPackage est verrouillé par un autre programme : fermez-le (ou arrêtez d'en modifier les couches) et réessayez</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="38"/>
        <source>{layer}: no commune to group (the layer, or its filter, leaves none): nothing was written</source>
        <translation>{layer} : aucune commune à regrouper (la couche, ou son filtre, n'en laisse aucune) : rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="40"/>
        <source>No commune has a group ({count} with an empty group): nothing was written</source>
        <translation>Aucune commune n'a de groupe ({count} avec un groupe vide) : rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="38"/>
        <source>{layer}: {count} row(s) with a NULL value (first: row {row}, field {field})</source>
        <translation>{layer} : {count} ligne(s) avec une valeur NULL (première : ligne {row}, champ {field})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="40"/>
        <source>{layer}: {count} row(s) whose {field} is not a number (first: row {row}, value {value})</source>
        <translation>{layer} : {count} ligne(s) dont le champ {field} n'est pas un nombre (première : ligne {row}, valeur {value})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="42"/>
        <source>{layer}: {count} row(s) whose {field} is not a whole number (first: row {row}, value {value})</source>
        <translation>{layer} : {count} ligne(s) dont le champ {field} n'est pas un nombre entier (première : ligne {row}, valeur {value})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="45"/>
        <source>{layer}: {count} row(s) whose {field} is not a finite number (first: row {row}, value {value})</source>
        <translation>{layer} : {count} ligne(s) dont le champ {field} n'est pas un nombre fini (première : ligne {row}, valeur {value})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="48"/>
        <source>{layer}: {count} row(s) with an impossible year in {field} (first: row {row}, value {value}; expected {first} to {last})</source>
        <translation>{layer} : {count} ligne(s) avec une année impossible dans {field} (première : ligne {row}, valeur {value} ; attendu de {first} à {last})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="51"/>
        <source>{layer}: {count} row(s) with an unknown destination in {field} (first: row {row}, value {value}; expected {expected})</source>
        <translation>{layer} : {count} ligne(s) avec une destination inconnue dans {field} (première : ligne {row}, valeur {value} ; attendu : {expected})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="54"/>
        <source>{layer}: {count} row(s) whose {field} is not an INSEE commune code (first: row {row}, value {value})</source>
        <translation>{layer} : {count} ligne(s) dont le champ {field} n'est pas un code INSEE de commune (première : ligne {row}, valeur {value})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="57"/>
        <source>{layer}: {count} row(s) repeat a commune, year and destination already given (first: row {row}, commune {insee}, year {year}, destination {destination}); they would be counted twice</source>
        <translation>{layer} : {count} ligne(s) répètent une commune, une année et une destination déjà données (première : ligne {row}, commune {insee}, année {year}, destination {destination}) ; elles seraient comptées deux fois</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="60"/>
        <source>{layer}: {count} negative value(s) of {field}, kept in every sum (Cerema corrections; first: row {row}, commune {insee}, year {year}, {value} m²)</source>
        <translation>{layer} : {count} valeur(s) négative(s) de {field}, conservée(s) dans toutes les sommes (corrections du Cerema ; première : ligne {row}, commune {insee}, année {year}, {value} m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="63"/>
        <source>{layer}: {count} row(s) would make the totals wrong (listed above): nothing was computed. Correct them, or import the Cerema file again</source>
        <translation>{layer} : {count} ligne(s) fausseraient les totaux (détail ci-dessus) : rien n'a été calculé. Corrigez-les, ou importez de nouveau le fichier du Cerema</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="87"/>
        <source>{territory}: negative reduction rate {rate} %: its 2021-2031 envelope is larger than its 2011-2020 consumption (allowed, but check the rate)</source>
        <translation>{territory} : taux de réduction négatif ({rate} %) : son enveloppe 2021-2031 dépasse sa consommation 2011-2020 (permis, mais vérifiez le taux)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_cerema_io.py" line="49"/>
        <source>{file}: the text around line {line} is not in {encoding} like the lines before it: save the file as CSV UTF-8 and try again</source>
        <translation>{file} : le texte vers la ligne {line} n'est pas en {encoding} comme les lignes précédentes : enregistrez le fichier en CSV UTF-8 et réessayez</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_long_table.py" line="43"/>
        <source>{path}: the table {table} cannot be read ({reason})</source>
        <translation>{path} : la table {table} ne peut pas être lue ({reason})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_report.py" line="61"/>
        <source>The report could not be moved into {folder} ({error}): the folder was left as it was</source>
        <translation>Le rapport n'a pas pu être déplacé dans {folder} ({error}) : le dossier est resté tel quel</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/outputs.py" line="48"/>
        <source>{output}: the layer cannot be created ({problem})</source>
        <translation>{output} : la couche ne peut pas être créée ({problem})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/layer_look.py" line="36"/>
        <source>{layer}: the style {style} could not be applied ({reason})</source>
        <translation>{layer} : le style {style} n'a pas pu être appliqué ({reason})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/charts.py" line="47"/>
        <source>The charts need matplotlib, which ships with QGIS: install python3-matplotlib (Debian) or use a QGIS installation that includes it ({error})</source>
        <translation>Les graphiques nécessitent matplotlib, fourni avec QGIS : installez python3-matplotlib (Debian) ou utilisez une installation de QGIS qui l'inclut ({error})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/charts.py" line="50"/>
        <source>{file}: charts are written as {expected}, not {value!r}</source>
        <translation>{file} : les graphiques s'écrivent en {expected}, pas en {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/charts.py" line="52"/>
        <source>a chart&apos;s resolution must be 10 to 1200 DPI, not {value}</source>
        <translation>la résolution d'un graphique doit être comprise entre 10 et 1200 DPI, pas {value}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/charts.py" line="53"/>
        <source>Index, base 100 in {vintage}</source>
        <translation>Indice, base 100 en {vintage}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/comparateur.py" line="53"/>
        <source>{file}: no commune code column ({expected}): not an INSEE comparateur commune base</source>
        <translation>{file} : aucune colonne de code commune ({expected}) : ce n'est pas une base communale du comparateur de territoires de l'INSEE</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/comparateur.py" line="55"/>
        <source>{file}: no column is a known indicator of the catalogue {catalogue}</source>
        <translation>{file} : aucune colonne n'est un indicateur connu du catalogue {catalogue}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/comparateur.py" line="57"/>
        <source>the indicator catalogue {name} is missing from {dirs}</source>
        <translation>le catalogue d'indicateurs {name} est absent de {dirs}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="71"/>
        <source>{file}: the file has no header line</source>
        <translation>{file} : le fichier n'a pas de ligne d'en-tête</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="72"/>
        <source>{file}: no column {column} (the mapping&apos;s {key}); the header has: {header}</source>
        <translation>{file} : pas de colonne {column} ({key} de la correspondance) ; l'en-tête contient : {header}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="74"/>
        <source>{file}, line {line}, column {column}: {value!r} is neither a number nor a secret or missing marker</source>
        <translation>{file}, ligne {line}, colonne {column} : {value!r} n'est ni un nombre ni une marque de secret ou de valeur manquante</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="77"/>
        <source>{file}, line {line}: the territory code is empty</source>
        <translation>{file}, ligne {line} : le code du territoire est vide</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="78"/>
        <source>{file}, line {line}: {found} cell(s) where the header has {expected}</source>
        <translation>{file}, ligne {line} : {found} cellule(s) alors que l'en-tête en a {expected}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="80"/>
        <source>{file}, line {line}: {territory}, {indicator}, vintage {vintage} is already given on line {first} with another value</source>
        <translation>{file}, ligne {line} : {territory}, {indicator}, millésime {vintage} figure déjà ligne {first} avec une autre valeur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="83"/>
        <source>{file}, line {line}: unknown status {value!r} (expected one of: {expected})</source>
        <translation>{file}, ligne {line} : statut inconnu {value!r} (attendu parmi : {expected})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="85"/>
        <source>{where}: expected indicator@vintage or {{indicator: ..., vintage: ...}}, got {value!r}</source>
        <translation>{where} : indicateur@millésime ou {{indicator: ..., vintage: ...}} attendu, reçu {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="239"/>
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="47"/>
        <source>IRIS</source>
        <translation>IRIS</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="48"/>
        <source>Priority neighbourhood (QPV)</source>
        <translation>Quartier prioritaire (QPV)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="55"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="50"/>
        <source>Intercommunality (EPCI)</source>
        <translation>Intercommunalité (EPCI)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="59"/>
        <source>SCoT</source>
        <translation>SCoT</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="52"/>
        <source>Pôle</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="53"/>
        <source>Agency area</source>
        <translation>Territoire de l'agence</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="54"/>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="55"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="56"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="79"/>
        <source>{what}: unknown territory level {value!r} (expected one of: {expected})</source>
        <translation>{what} : niveau de territoire inconnu {value!r} (attendu parmi : {expected})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="81"/>
        <source>indicator {indicator}: unknown aggregation {value!r} (expected one of: {expected})</source>
        <translation>indicateur {indicator} : agrégation inconnue {value!r} (attendue parmi : {expected})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="83"/>
        <source>indicator {indicator}: a ratio of sums needs a numerator and a denominator indicator</source>
        <translation>indicateur {indicator} : un ratio de sommes demande un indicateur numérateur et un indicateur dénominateur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="85"/>
        <source>indicator {indicator}: a ratio cannot be its own numerator or denominator</source>
        <translation>indicateur {indicator} : un ratio ne peut pas être son propre numérateur ou dénominateur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="87"/>
        <source>{what}: {value!r} is not a valid identifier (letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos; only)</source>
        <translation>{what} : {value!r} n'est pas un identifiant valide (lettres, chiffres, '_', '-' et '.' seulement)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="89"/>
        <source>{territory} {indicator} {vintage}: unknown status {value!r} (expected one of: {expected})</source>
        <translation>{territory} {indicator} {vintage} : statut inconnu {value!r} (attendu parmi : {expected})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="91"/>
        <source>{territory} {indicator} {vintage}: a value with status {status} needs a finite number (got {value!r})</source>
        <translation>{territory} {indicator} {vintage} : une valeur de statut {status} demande un nombre fini (reçu {value!r})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="94"/>
        <source>{territory} {indicator} {vintage}: a {status} value carries no number (got {value!r}): secret and missing values are never stored as numbers</source>
        <translation>{territory} {indicator} {vintage} : une valeur {status} ne porte pas de nombre (reçu {value!r}) : les valeurs secrètes ou manquantes ne sont jamais enregistrées comme des nombres</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="97"/>
        <source>indicator {indicator}: the factor must be a finite number (got {value!r})</source>
        <translation>indicateur {indicator} : le facteur doit être un nombre fini (reçu {value!r})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/package.py" line="39"/>
        <source>{path}: not an AULA territory GeoPackage (no readable commune table: {reason})</source>
        <translation>{path} : ce n'est pas un GeoPackage de territoire AULA (pas de table commune lisible : {reason})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheets.py" line="80"/>
        <source>{where}: format_version {value!r} is not supported (this version reads {expected})</source>
        <translation>{where} : format_version {value!r} n'est pas pris en charge (cette version lit {expected})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheets.py" line="82"/>
        <source>{where}: {value!r} is not a vintage (a year such as 2021, or {expected})</source>
        <translation>{where} : {value!r} n'est pas un millésime (une année comme 2021, ou {expected})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheets.py" line="84"/>
        <source>{where}: the block id {value!r} is already used by another block</source>
        <translation>{where} : l'identifiant de bloc {value!r} est déjà utilisé par un autre bloc</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheets.py" line="86"/>
        <source>the fact sheet {name} is missing from {dirs}</source>
        <translation>la fiche {name} est absente de {dirs}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="41"/>
        <source>{file}, line {line}</source>
        <translation>{file}, ligne {line}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="22"/>
        <source>{where}, section {section}</source>
        <translation>{where}, section {section}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="23"/>
        <source>{where}, block {block}</source>
        <translation>{where}, bloc {block}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="43"/>
        <source>{where}, key {key}</source>
        <translation>{where}, clé {key}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="50"/>
        <source>{where}: not valid YAML ({problem})</source>
        <translation>{where} : YAML non valide ({problem})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="26"/>
        <source>{where}: reading YAML files needs PyYAML, which ships with QGIS: install python3-yaml (Debian) ({problem})</source>
        <translation>{where} : la lecture des fichiers YAML nécessite PyYAML, fourni avec QGIS : installez python3-yaml (Debian) ({problem})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="29"/>
        <source>{where}: expected a mapping of keys, got {value!r}</source>
        <translation>{where} : un ensemble de clés était attendu, reçu {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="30"/>
        <source>{where}: expected a list, got {value!r}</source>
        <translation>{where} : une liste était attendue, reçu {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="31"/>
        <source>{where}: expected a text, got {value!r}</source>
        <translation>{where} : un texte était attendu, reçu {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="32"/>
        <source>{where}: expected a number, got {value!r}</source>
        <translation>{where} : un nombre était attendu, reçu {value!r}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="68"/>
        <source>{where}: the list is empty</source>
        <translation>{where} : la liste est vide</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="57"/>
        <source>{where}: missing key {key}</source>
        <translation>{where} : clé {key} absente</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="58"/>
        <source>{where}: unknown key {key} (expected one of: {expected})</source>
        <translation>{where} : clé inconnue {key} (attendue parmi : {expected})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="37"/>
        <source>{where}: {value!r} is not one of: {expected}</source>
        <translation>{where} : {value!r} n'est pas parmi : {expected}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/store.py" line="108"/>
        <source>{path}: no indicator tables ({tables}): import indicators first</source>
        <translation>{path} : pas de tables d'indicateurs ({tables}) : importez d'abord des indicateurs</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/store.py" line="110"/>
        <source>{path}: table {table}, row {fid}: {problem}</source>
        <translation>{path} : table {table}, ligne {fid} : {problem}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="60"/>
        <source>vintage not stated</source>
        <translation>millésime non précisé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="61"/>
        <source>{territory}, {indicator}: s = statistical secret (the source does not publish the figure)</source>
        <translation>{territory}, {indicator} : s = secret statistique (la source ne publie pas le chiffre)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="63"/>
        <source>{territory}, {indicator}: n.d. = not available ({vintage})</source>
        <translation>{territory}, {indicator} : n.d. = non disponible ({vintage})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="65"/>
        <source>{territory}, {indicator}: n.d. = not available ({vintage}): {reason}</source>
        <translation>{territory}, {indicator} : n.d. = non disponible ({vintage}) : {reason}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="67"/>
        <source>{territory}, {indicator}: n.d. = not available: this indicator (a median or the like) cannot be computed from its members, only a value published by its source could be shown</source>
        <translation>{territory}, {indicator} : n.d. = non disponible : cet indicateur (une médiane par exemple) ne se calcule pas à partir des territoires qui le composent, seule une valeur publiée par sa source pourrait être affichée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="70"/>
        <source>{territory}, {indicator}: estimated value</source>
        <translation>{territory}, {indicator} : valeur estimée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="71"/>
        <source>{indicator}: the indicator base has no such indicator: import it (n.d. everywhere)</source>
        <translation>{indicator} : la base d'indicateurs n'a pas cet indicateur : importez-le (n.d. partout)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="73"/>
        <source>{territory}: no natural and migration balance for {start}-{end}: births or deaths are lacking for {years}</source>
        <translation>{territory} : pas de solde naturel ni migratoire pour {start}-{end} : naissances ou décès manquants pour {years}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="76"/>
        <source>no comparison zone chosen: the nearest parent is used</source>
        <translation>aucune zone de comparaison choisie : le territoire parent le plus proche est utilisé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="77"/>
        <source>{territory}, {indicator}: the value&apos;s vintage is not stated: it cannot be placed in the evolution</source>
        <translation>{territory}, {indicator} : le millésime de la valeur n'est pas précisé : elle ne peut pas être placée dans l'évolution</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="80"/>
        <source>{indicator}: vintages differ: {territory} {vintage}, reference {reference} {reference_vintage}</source>
        <translation>{indicator} : millésimes différents : {territory} {vintage}, référence {reference} {reference_vintage}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="83"/>
        <source>{indicator}: vintages differ in one row: {vintages}</source>
        <translation>{indicator} : millésimes différents sur une même ligne : {vintages}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="84"/>
        <source>{value} pts</source>
        <translation>{value} pts</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="85"/>
        <source>index {value}</source>
        <translation>indice {value}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="86"/>
        <source>%/yr</source>
        <translation>%/an</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="38"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="39"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="40"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="41"/>
        <source>Vintage</source>
        <translation>Millésime</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="42"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="43"/>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="44"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="45"/>
        <source>Annual average rate</source>
        <translation>Taux annuel moyen</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="46"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="47"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="48"/>
        <source>compared with: {parents}</source>
        <translation>comparé à : {parents}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="49"/>
        <source>{code}: no commune nor territory of that code in the territory layer</source>
        <translation>{code} : aucune commune ni aucun territoire de ce code dans la couche du territoire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="51"/>
        <source>{territory} ({code}): no commune belongs to it</source>
        <translation>{territory} ({code}) : aucune commune n'en fait partie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/fact_sheet_export.py" line="38"/>
        <source>{layer}: not a table of an AULA territory GeoPackage (the package or its working copy): the communes&apos; parents are read from it</source>
        <translation>{layer} : pas une table d'un GeoPackage du territoire AULA (le paquet ou sa copie de travail) : les parents des communes y sont lus</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/fact_sheet_export.py" line="41"/>
        <source>The sheets could not be moved into {folder} ({error}): the folder was left as it was</source>
        <translation>Les fiches n'ont pas pu être déplacées dans {folder} ({error}) : le dossier est resté tel quel</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/fact_sheet_pdf.py" line="57"/>
        <source>… and {count} more note(s)</source>
        <translation>… et {count} autre(s) note(s)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_report.py" line="84"/>
        <source>page {page}/{pages}</source>
        <translation>page {page}/{pages}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/register_figures.py" line="47"/>
        <source>no result in the working copy: run {algorithm} (its output written into the working copy)</source>
        <translation>aucun résultat dans la copie de travail : lancer {algorithm} (sa sortie écrite dans la copie de travail)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/register_figures.py" line="49"/>
        <source>the latest result of {algorithm} ({table}) does not cover this territory: run it for it</source>
        <translation>le dernier résultat de {algorithm} ({table}) ne couvre pas ce territoire : le lancer pour lui</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/results_register.py" line="39"/>
        <source>The results register of the working copy was not updated: {reason}</source>
        <translation>Le registre des résultats de la copie de travail n'a pas été mis à jour : {reason}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="42"/>
        <source>{where}, rule {rule}</source>
        <translation>{where}, règle {rule}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="44"/>
        <source>{file}: {count} problem(s) in the SCoT rule file:</source>
        <translation>{file} : {count} problème(s) dans le fichier de règles SCoT :</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="45"/>
        <source>Rule file checked with the plugin&apos;s built-in schema checker: the jsonschema library is not installed (Debian: apt install python3-jsonschema; Windows: pip install jsonschema in the OSGeo4W shell)</source>
        <translation>Fichier de règles vérifié par le contrôleur de schéma intégré à l'extension : la bibliothèque jsonschema n'est pas installée (Debian : apt install python3-jsonschema ; Windows : pip install jsonschema dans le shell OSGeo4W)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="51"/>
        <source>{where}: reading the rule file needs PyYAML, which ships with QGIS: install python3-yaml (Debian)</source>
        <translation>{where} : la lecture du fichier de règles demande PyYAML, livré avec QGIS : installez python3-yaml (Debian)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="54"/>
        <source>{where}: the key {key} is given twice (first line {first})</source>
        <translation>{where} : la clé {key} est donnée deux fois (première fois ligne {first})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="56"/>
        <source>{where}: expected {expected}, found {value}</source>
        <translation>{where} : {expected} attendu, trouvé {value}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="59"/>
        <source>{where}: unknown key {key}: no free SQL in a rule file; select features with a QGIS expression in the key filter</source>
        <translation>{where} : clé inconnue {key} : pas de SQL libre dans un fichier de règles ; sélectionnez les entités par une expression QGIS dans la clé filter</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="62"/>
        <source>{where}: {value} is not one of: {expected}</source>
        <translation>{where} : {value} n'est pas l'une des valeurs : {expected}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="63"/>
        <source>{where}: {value} is below the minimum, {limit}</source>
        <translation>{where} : {value} est inférieur au minimum, {limit}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="64"/>
        <source>{where}: {value} is above the maximum, {limit}</source>
        <translation>{where} : {value} est supérieur au maximum, {limit}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="65"/>
        <source>{where}: {value} must be greater than {limit}</source>
        <translation>{where} : {value} doit être supérieur à {limit}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="66"/>
        <source>{where}: {value} does not have the expected form ({limit})</source>
        <translation>{where} : {value} n'a pas la forme attendue ({limit})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="67"/>
        <source>{where}: the text is empty</source>
        <translation>{where} : le texte est vide</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="70"/>
        <source>{where}: give exactly one of path, table or aula_output</source>
        <translation>{where} : indiquez une et une seule des clés path, table ou aula_output</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="71"/>
        <source>{where}: output only goes with aula_output</source>
        <translation>{where} : output ne s'emploie qu'avec aula_output</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="72"/>
        <source>{where}: {algorithm} has no output {output} (expected one of: {expected})</source>
        <translation>{where} : {algorithm} n'a pas de sortie {output} (attendu : {expected})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="74"/>
        <source>{where}: geometry {declared} is declared, but {source} holds {actual}</source>
        <translation>{where} : la géométrie déclarée est {declared}, mais {source} contient {actual}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="76"/>
        <source>{where}: the id {id} is already used line {first}</source>
        <translation>{where} : l'identifiant {id} est déjà employé ligne {first}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="77"/>
        <source>{where}: unknown subject {name} (declared: {expected})</source>
        <translation>{where} : sujet inconnu {name} (déclarés : {expected})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="78"/>
        <source>{where}: unknown source {name} (declared: {expected})</source>
        <translation>{where} : source inconnue {name} (déclarées : {expected})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="79"/>
        <source>{where}: {op} measures areas but {source} holds {geometry} geometries: state buffer_m, the width in metres within which the rule tests them (never a silent 0 m² overlap)</source>
        <translation>{where} : {op} mesure des surfaces mais {source} contient des géométries {geometry} : indiquez buffer_m, la largeur en mètres dans laquelle la règle les teste (jamais un recouvrement de 0 m² passé sous silence)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="82"/>
        <source>{where}: {source} is a table without geometry; {op} needs a layer with geometries</source>
        <translation>{where} : {source} est une table sans géométrie ; {op} demande une couche avec géométries</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="84"/>
        <source>{where}: the function {function} is not accepted in a filter</source>
        <translation>{where} : la fonction {function} n'est pas acceptée dans un filtre</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="86"/>
        <source>{where}: give exactly one of value, field or by_class</source>
        <translation>{where} : indiquez une et une seule des clés value, field ou by_class</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="87"/>
        <source>{where}: a threshold read from a joined table (field) is only accepted by outside_envelope_per_commune, with test.budget naming the table</source>
        <translation>{where} : un seuil lu dans une table jointe (field) n'est accepté que par outside_envelope_per_commune, avec test.budget désignant la table</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="90"/>
        <source>{where}: test.budget names a table but threshold.field does not name its column</source>
        <translation>{where} : test.budget désigne une table mais threshold.field ne nomme pas sa colonne</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="92"/>
        <source>{where}: give warning or warning_pct, not both</source>
        <translation>{where} : indiquez warning ou warning_pct, pas les deux</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="93"/>
        <source>{where}: the warning limit {warning} must lie beyond the threshold {value} (measure {sign} threshold passes, the warning band comes after)</source>
        <translation>{where} : la limite d'alerte {warning} doit se situer au-delà du seuil {value} (mesure {sign} seuil : respecté ; la bande d'alerte vient ensuite)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="96"/>
        <source>{where}: warning_pct {value} must be {sign} 100 for the comparison {op}</source>
        <translation>{where} : warning_pct {value} doit être {sign} 100 pour la comparaison {op}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="98"/>
        <source>{where}: unit {unit} does not fit {op} (expected one of: {expected})</source>
        <translation>{where} : l'unité {unit} ne convient pas à {op} (attendu : {expected})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="99"/>
        <source>{where}: scope {scope} needs {field} on the subject {subject}</source>
        <translation>{where} : l'échelle {scope} demande {field} sur le sujet {subject}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="100"/>
        <source>{where}: outside_envelope_per_commune sums areas per commune: scope feature is not accepted</source>
        <translation>{where} : outside_envelope_per_commune additionne les surfaces par commune : l'échelle feature n'est pas acceptée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="102"/>
        <source>{where}: {crs} is a geographic CRS: metrics need a projected CRS such as EPSG:2154</source>
        <translation>{where} : {crs} est un SCR géographique : les mesures demandent un SCR projeté comme EPSG:2154</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="106"/>
        <source>a mapping of keys</source>
        <translation>une table de clés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="107"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="108"/>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="109"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="110"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="111"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="112"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="53"/>
        <source>These findings measure and document; they do not pronounce a legal verdict. Compatibility with the SCoT is a global judgement over the whole territory and all prescriptions together (Conseil d'État, 18 December 2017, n° 395216): a failed compatibility rule is a deviation to be assessed, not an illegality.</source>
        <translation>Ces constats mesurent et documentent ; ils ne prononcent pas de verdict juridique. La compatibilité avec le SCoT s'apprécie globalement, à l'échelle du territoire et de l'ensemble des prescriptions (Conseil d'État, 18 décembre 2017, n° 395216) : une règle de compatibilité non satisfaite signale un écart à apprécier, non une illégalité.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="60"/>
        <source>respected</source>
        <translation>respecté</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="61"/>
        <source>to be examined</source>
        <translation>à examiner</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="62"/>
        <source>deviation</source>
        <translation>écart</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="63"/>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="64"/>
        <source>not evaluable</source>
        <translation>non évaluable</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="68"/>
        <source>area outside the reference</source>
        <translation>surface hors de la référence</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="72"/>
        <source>overlap area</source>
        <translation>surface de recouvrement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="71"/>
        <source>distance to the reference</source>
        <translation>distance à la référence</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="73"/>
        <source>housing density</source>
        <translation>densité de logements</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="74"/>
        <source>area outside the urban envelope</source>
        <translation>surface hors de l'enveloppe urbaine</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="75"/>
        <source>distance to the nearest reference feature</source>
        <translation>distance à l'élément de référence le plus proche</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="77"/>
        <source>share of the subject overlapping the reference</source>
        <translation>part du sujet recouvrant la référence</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="79"/>
        <source>{title}: respected ({measure_name} {measure}, threshold {sign} {threshold})</source>
        <translation>{title} : respecté ({measure_name} {measure}, seuil {sign} {threshold})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="80"/>
        <source>{title}: to be examined ({measure_name} {measure}, beyond the threshold {sign} {threshold} but within the warning band, limit {warning})</source>
        <translation>{title} : à examiner ({measure_name} {measure}, au-delà du seuil {sign} {threshold} mais dans la bande d'alerte, limite {warning})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="83"/>
        <source>{title}: to be examined ({measure_name} {measure}, threshold {sign} {threshold}); the rule only warns</source>
        <translation>{title} : à examiner ({measure_name} {measure}, seuil {sign} {threshold}) ; la règle ne fait qu'alerter</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="87"/>
        <source>{title}: deviation from the SCoT to be assessed ({measure_name} {measure}, threshold {sign} {threshold}); compatibility is judged globally</source>
        <translation>{title} : écart au SCoT à apprécier ({measure_name} {measure}, seuil {sign} {threshold}) ; la compatibilité s'apprécie globalement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="90"/>
        <source>{title}: rule not met ({measure_name} {measure}, threshold {sign} {threshold})</source>
        <translation>{title} : règle non respectée ({measure_name} {measure}, seuil {sign} {threshold})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="92"/>
        <source>{title}: departure from the orientation, to be justified ({measure_name} {measure}, threshold {sign} {threshold})</source>
        <translation>{title} : dérogation à l'orientation, à justifier ({measure_name} {measure}, seuil {sign} {threshold})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="95"/>
        <source>{title}: for information, beyond the threshold ({measure_name} {measure}, threshold {sign} {threshold})</source>
        <translation>{title} : pour information, au-delà du seuil ({measure_name} {measure}, seuil {sign} {threshold})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="99"/>
        <source>{title}: not applicable ({reason})</source>
        <translation>{title} : non applicable ({reason})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="100"/>
        <source>{title}: not evaluable ({reason})</source>
        <translation>{title} : non évaluable ({reason})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="101"/>
        <source>{message}; note: {note}</source>
        <translation>{message} ; note : {note}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="103"/>
        <source>{area} outside the reference, within the {tolerance} tolerance</source>
        <translation>{area} hors de la référence, dans la tolérance de {tolerance}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="106"/>
        <source>the applicability filter is false for this subject: {filter}</source>
        <translation>le filtre d'applicabilité est faux pour ce sujet : {filter}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="107"/>
        <source>nothing could be measured</source>
        <translation>rien n'a pu être mesuré</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="108"/>
        <source>the measure is not a finite number</source>
        <translation>la mesure n'est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="109"/>
        <source>no threshold for the class “{class_name}” in the rule file</source>
        <translation>pas de seuil pour la classe « {class_name} » dans le fichier de règles</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="110"/>
        <source>no value of {field} for this territory in the joined table</source>
        <translation>pas de valeur de {field} pour ce territoire dans la table jointe</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="111"/>
        <source>the reference layer {source} is missing</source>
        <translation>la couche de référence {source} est absente</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="112"/>
        <source>the reference layer {source} has no feature</source>
        <translation>la couche de référence {source} n'a aucune entité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="113"/>
        <source>the field {field} is missing from {layer}</source>
        <translation>le champ {field} manque dans {layer}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="114"/>
        <source>invalid geometry ({problem})</source>
        <translation>géométrie invalide ({problem})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="115"/>
        <source>the subject has no geometry</source>
        <translation>le sujet n'a pas de géométrie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="116"/>
        <source>the subject&apos;s area is zero: no density</source>
        <translation>la surface du sujet est nulle : pas de densité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="117"/>
        <source>the subject&apos;s commune is unknown</source>
        <translation>la commune du sujet est inconnue</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="264"/>
        <source>{file}: its .cpg names the encoding &apos;{value}&apos;, which is not known: write UTF-8, 1252 or ISO-8859-1 in it (the encoding the table was saved in)</source>
        <translation>{file} : son .cpg nomme l'encodage '{value}', qui n'est pas connu : écrivez-y UTF-8, 1252 ou ISO-8859-1 (l'encodage dans lequel la table a été enregistrée)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="267"/>
        <source>{file}: its .cpg says {encoding} but the text of field {field} (record {record}) is not {encoding}: correct the .cpg (UTF-8, 1252 or ISO-8859-1)</source>
        <translation>{file} : son .cpg indique {encoding} mais le texte du champ {field} (enregistrement {record}) n'est pas en {encoding} : corrigez le .cpg (UTF-8, 1252 ou ISO-8859-1)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="270"/>
        <source>{file}: its .cpg says {encoding} but its accented text reads as UTF-8: check the .cpg, the labels may show garbled accents</source>
        <translation>{file} : son .cpg indique {encoding} mais ses textes accentués se lisent en UTF-8 : vérifiez le .cpg, les libellés risquent d'afficher des accents altérés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="273"/>
        <source>{file}: read as {encoding} (its .cpg)</source>
        <translation>{file} : lu en {encoding} (son .cpg)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="274"/>
        <source>{file}: no .cpg file: read as UTF-8 (every text is valid UTF-8)</source>
        <translation>{file} : pas de fichier .cpg : lu en UTF-8 (tous les textes sont de l'UTF-8 valide)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="276"/>
        <source>{file}: no .cpg file and the text is not UTF-8 (field {field}, record {record}): read as Windows-1252; add a .cpg naming the encoding to be sure</source>
        <translation>{file} : pas de fichier .cpg et le texte n'est pas en UTF-8 (champ {field}, enregistrement {record}) : lu en Windows-1252 ; ajoutez un .cpg qui nomme l'encodage pour en être sûr</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="279"/>
        <source>{file}: not a dBASE table (.dbf) ({problem})</source>
        <translation>{file} : pas une table dBASE (.dbf) ({problem})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="411"/>
        <source>{layer}: the required field {field} is missing (CNIG standard {table})</source>
        <translation>{layer} : le champ obligatoire {field} est absent (standard CNIG {table})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="413"/>
        <source>{layer}: the field {field} is not in the CNIG standard {table} (kept as it is; extra fields should start with LIB_)</source>
        <translation>{layer} : le champ {field} ne fait pas partie du standard CNIG {table} (conservé tel quel ; les champs supplémentaires doivent commencer par LIB_)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="416"/>
        <source>{layer}: the required field {field} is empty ({count} feature(s), e.g. feature {fid})</source>
        <translation>{layer} : le champ obligatoire {field} est vide ({count} entité(s), par ex. l'entité {fid})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="418"/>
        <source>{layer}: field {field}: value &apos;{value}&apos; is not one of {allowed} ({count} feature(s), e.g. feature {fid})</source>
        <translation>{layer} : champ {field} : la valeur '{value}' n'est pas l'une de {allowed} ({count} entité(s), par ex. l'entité {fid})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="421"/>
        <source>{layer}: field {field}: value &apos;{value}&apos; does not have the expected form {pattern} ({count} feature(s), e.g. feature {fid})</source>
        <translation>{layer} : champ {field} : la valeur '{value}' n'a pas la forme attendue {pattern} ({count} entité(s), par ex. l'entité {fid})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="424"/>
        <source>{layer}: field {field}: value &apos;{value}&apos; is longer than {max} characters ({count} feature(s), e.g. feature {fid})</source>
        <translation>{layer} : champ {field} : la valeur '{value}' dépasse {max} caractères ({count} entité(s), par ex. l'entité {fid})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="427"/>
        <source>{layer}: field {field}: code '{value}' is no commune (a département code ending in 000; {count} feature(s), e.g. feature {fid})</source>
        <translation>{layer} : champ {field} : le code '{value}' n'est celui d'aucune commune (un code de département terminé par 000 ; {count} entité(s), par ex. l'entité {fid})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="53"/>
        <source>{source}: no table of the CNIG PLU standard (ZONE_URBA, PRESCRIPTION_SURF/LIN/PCT, INFO_SURF/LIN/PCT, DOC_URBA) nor of the CNIG PPR standard was found</source>
        <translation>{source} : aucune table du standard CNIG PLU (ZONE_URBA, PRESCRIPTION_SURF/LIN/PCT, INFO_SURF/LIN/PCT, DOC_URBA) ni du standard CNIG PPR n'a été trouvée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="56"/>
        <source>{source}: give the folder of the shapefiles, one of its shapefiles or a GeoPackage</source>
        <translation>{source} : indiquez le dossier des shapefiles, l'un de ses shapefiles ou un GeoPackage</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="58"/>
        <source>{source}: two files hold the table {table} ({first} and {second}): keep one of them</source>
        <translation>{source} : deux fichiers contiennent la table {table} ({first} et {second}) : n'en gardez qu'un</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="60"/>
        <source>{layer}: cannot be read ({problem})</source>
        <translation>{layer} : lecture impossible ({problem})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="61"/>
        <source>{layer}: no coordinate reference system (the .prj is missing or unreadable): add the .prj of its projection (Lambert-93, EPSG:2154)</source>
        <translation>{layer} : aucun système de coordonnées (le .prj est absent ou illisible) : ajoutez le .prj de sa projection (Lambert-93, EPSG:2154)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="64"/>
        <source>{layer}: its coordinates are in a geographic CRS ({crs}), in degrees: reproject it to Lambert-93 (EPSG:2154) first, so that areas and distances are in metres</source>
        <translation>{layer} : ses coordonnées sont dans un système de coordonnées géographique ({crs}), en degrés : reprojetez-la d'abord en Lambert-93 (EPSG:2154), pour que surfaces et distances soient en mètres</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="67"/>
        <source>{layer}: its projection ({crs}) is Lambert-93: written as EPSG:2154</source>
        <translation>{layer} : sa projection ({crs}) est le Lambert-93 : écrite en EPSG:2154</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="69"/>
        <source>{layer}: feature {fid} has an invalid geometry ({problem}): imported as it is, to be repaired; checks on it will not count as passing</source>
        <translation>{layer} : l'entité {fid} a une géométrie invalide ({problem}) : importée telle quelle, à réparer ; les contrôles qui la concernent ne compteront pas comme respectés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="72"/>
        <source>{layer}: feature {fid} has no geometry</source>
        <translation>{layer} : l'entité {fid} n'a pas de géométrie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="73"/>
        <source>{layer}: 3D geometries ({count} feature(s)) written in 2D (the heights are dropped)</source>
        <translation>{layer} : géométries 3D ({count} entité(s)) écrites en 2D (les altitudes sont abandonnées)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="75"/>
        <source>{layer} -&gt; {table}: {count} feature(s), {issues} departure(s) from the standard</source>
        <translation>{layer} -&gt; {table} : {count} entité(s), {issues} écart(s) au standard</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/package_import.py" line="74"/>
        <source>{file}: the header is not the one of the INSEE comparateur commune base ({problem}); give a mapping file (YAML) describing its columns</source>
        <translation>{file} : l'en-tête n'est pas celui de la base communale du comparateur de territoires de l'INSEE ({problem}) ; donnez un fichier de correspondance (YAML) qui décrit ses colonnes</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/package_import.py" line="77"/>
        <source>{file}: none of its {count} territories is a commune of the territory GeoPackage {target}: nothing was written</source>
        <translation>{file} : aucun de ses {count} territoires n'est une commune du GeoPackage du territoire {target} : rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/package_import.py" line="80"/>
        <source>the COG corrections table {name} is missing from {dirs}</source>
        <translation>la table des corrections du COG {name} est absente de {dirs}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/circuit.py" line="70"/>
        <source>{count} cells have a negative value: resistances and conductances must be positive</source>
        <translation>{count} cellules ont une valeur négative : les résistances et les conductances doivent être positives</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/circuit.py" line="72"/>
        <source>{count} cells have a zero resistance: use a small positive value, or nodata for a barrier</source>
        <translation>{count} cellules ont une résistance nulle : utilisez une petite valeur positive, ou l'absence de donnée pour un obstacle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/circuit.py" line="74"/>
        <source>No focal node falls on the raster</source>
        <translation>Aucun nœud focal ne tombe sur le raster</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/circuit.py" line="75"/>
        <source>Pairwise mode needs at least two focal nodes; only {count} found</source>
        <translation>Le mode par paires exige au moins deux nœuds focaux ; {count} seulement trouvé(s)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/circuit.py" line="77"/>
        <source>The focal nodes grid does not match the raster</source>
        <translation>La grille des nœuds focaux ne correspond pas au raster</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_circuit.py" line="25"/>
        <source>{layer}: the focal node identifiers must be positive integers (found {value!r})</source>
        <translation>{layer} : les identifiants des nœuds focaux doivent être des entiers positifs (trouvé {value!r})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_circuit.py" line="27"/>
        <source>{layer}: no field named {field}</source>
        <translation>{layer} : aucun champ nommé {field}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_circuit.py" line="28"/>
        <source>Focal nodes on nodata (or zero conductance) cells of {raster}: {ids}. Move them onto passable cells or remove them.</source>
        <translation>Nœuds focaux sur des cellules sans donnée (ou de conductance nulle) de {raster} : {ids}. Déplacez-les sur des cellules franchissables ou retirez-les.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_circuit.py" line="31"/>
        <source>{layer} must have the same extent, resolution and CRS as {raster}</source>
        <translation>{layer} doit avoir la même emprise, la même résolution et le même SCR que {raster}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_circuit.py" line="33"/>
        <source>{layer}: reprojected to the CRS of {raster}</source>
        <translation>{layer} : reprojeté dans le SCR de {raster}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_circuit.py" line="34"/>
        <source>{layer}: {n} features fall outside the raster {raster}</source>
        <translation>{layer} : {n} entités tombent hors du raster {raster}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_circuit.py" line="35"/>
        <source>{layer}: no feature lies inside the raster {raster}</source>
        <translation>{layer} : aucune entité ne se trouve dans le raster {raster}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="56"/>
        <source>feature</source>
        <translation>entité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="57"/>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="58"/>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="62"/>
        <source>compatibility</source>
        <translation>compatibilité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="63"/>
        <source>conformity</source>
        <translation>conformité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="64"/>
        <source>taking into account</source>
        <translation>prise en compte</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="65"/>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="67"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="68"/>
        <source>{name}: {value}</source>
        <translation>{name} : {value}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="69"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="70"/>
        <source>{threshold}, warning up to {sign} {warning}</source>
        <translation>{threshold}, alerte jusqu'à {sign} {warning}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="71"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="72"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="73"/>
        <source>Subject</source>
        <translation>Objet examiné</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="74"/>
        <source>Scope</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="75"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="76"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="77"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="78"/>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="79"/>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="80"/>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="81"/>
        <source>no evidence geometry</source>
        <translation>pas de géométrie de preuve</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="83"/>
        <source>the overlap</source>
        <translation>le chevauchement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="84"/>
        <source>the part outside</source>
        <translation>la partie hors de la référence</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="85"/>
        <source>the subject</source>
        <translation>le sujet</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="86"/>
        <source>the shortest line</source>
        <translation>la ligne la plus courte</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="88"/>
        <source>{status}: {count}</source>
        <translation>{status} : {count}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="89"/>
        <source>{subject} ({scope} {key})</source>
        <translation>{subject} ({scope} {key})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="34"/>
        <source>SCoT compatibility check</source>
        <translation>Vérification de compatibilité avec le SCoT</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="35"/>
        <source>Legal caution</source>
        <translation>Avertissement juridique</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="36"/>
        <source>Rules: {file} (SHA-256 {sha}), {count} rule(s)</source>
        <translation>Règles : {file} (SHA-256 {sha}), {count} règle(s)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="37"/>
        <source>{count} finding(s)</source>
        <translation>{count} constat(s)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="38"/>
        <source>Summary per rule</source>
        <translation>Synthèse par règle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="39"/>
        <source>Summary per commune</source>
        <translation>Synthèse par commune</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="40"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="41"/>
        <source>Not applicable and not evaluable findings are counted apart: they are never counted as respected. “Measured” counts the findings compared with a threshold.</source>
        <translation>Les constats non applicables et non évaluables sont comptés à part : ils ne sont jamais comptés comme respectés. « Mesurés » compte les constats comparés à un seuil.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="44"/>
        <source>No finding for this rule.</source>
        <translation>Aucun constat pour cette règle.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="45"/>
        <source>Map extract: {heading}</source>
        <translation>Extrait de carte : {heading}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="46"/>
        <source>No evidence geometry for this finding.</source>
        <translation>Pas de géométrie justificative pour ce constat.</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="47"/>
        <source>Map: the evidence in the colour of its status (red: deviation, orange: to be examined, green: respected) over the subject (blue outline) and the communes (grey).</source>
        <translation>Carte : la géométrie justificative dans la couleur de son statut (rouge : écart, orange : à examiner, vert : respecté) sur l'objet examiné (contour bleu) et les communes (gris).</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="52"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="53"/>
        <source>Relation</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="54"/>
        <source>Measured</source>
        <translation>Mesurés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="56"/>
        <source>Rules with a deviation or to be examined</source>
        <translation>Règles en écart ou à examiner</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="57"/>
        <source>no commune (EPCI, SCoT or unknown)</source>
        <translation>sans commune (EPCI, SCoT ou inconnue)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="64"/>
        <source>Warning band</source>
        <translation>Marge d'alerte</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="71"/>
        <source>{label} (layer {layer}, feature {id})</source>
        <translation>{label} (couche {layer}, entité {id})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="72"/>
        <source>{scope} {key} (layer {layer})</source>
        <translation>{scope} {key} (couche {layer})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="73"/>
        <source>{subject}, commune {insee}</source>
        <translation>{subject}, commune {insee}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="75"/>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="76"/>
        <source>between {threshold} and {warning}: to be examined; beyond: deviation</source>
        <translation>entre {threshold} et {warning} : à examiner ; au-delà : écart</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="77"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="79"/>
        <source>dwellings/ha</source>
        <translation>lgt/ha</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="94"/>
        <source>overlap</source>
        <translation>recouvrement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="95"/>
        <source>part outside</source>
        <translation>partie hors de la référence</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="96"/>
        <source>shortest line</source>
        <translation>plus courte ligne</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="97"/>
        <source>the subject itself</source>
        <translation>l'objet lui-même</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_report.py" line="80"/>
        <source>The report must be an .html or a .pdf file, not “{suffix}”: {path}</source>
        <translation>Le rapport doit être un fichier .html ou .pdf, pas « {suffix} » : {path}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_report.py" line="82"/>
        <source>The report's language must be “fr” or “en”, not “{language}”.</source>
        <translation>La langue du rapport doit être « fr » ou « en », pas « {language} ».</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_checks.py" line="70"/>
        <source>the test measures areas but the subject&apos;s test geometry is a {geometry}: use within_distance or distance_to_nearest</source>
        <translation>le test mesure des surfaces mais la géométrie testée de l'objet est de type {geometry} : utilisez within_distance ou distance_to_nearest</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_checks.py" line="73"/>
        <source>no number of dwellings in {field}</source>
        <translation>pas de nombre de logements dans {field}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_checks.py" line="74"/>
        <source>{count} of its subject(s) could not be measured ({reason})</source>
        <translation>{count} de ses objets n'ont pas pu être mesurés ({reason})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_checks.py" line="75"/>
        <source>the subject has no {scope} key</source>
        <translation>l'objet n'a pas de clé {scope}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_checks.py" line="282"/>
        <source>{layer}: {count} invalid reference geometry(ies) repaired with makeValid</source>
        <translation>{layer} : {count} géométrie(s) de référence invalide(s) réparée(s) avec makeValid</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="56"/>
        <source>the reference layer {source} is missing: no reference GeoPackage (give REFERENCES)</source>
        <translation>la couche de référence {source} est absente : pas de GeoPackage de référence (indiquez REFERENCES)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="58"/>
        <source>the reference layer {source} is missing: no result of {algorithm} ({output}) in the results register of {gpkg}</source>
        <translation>la couche de référence {source} est absente : aucun résultat de {algorithm} ({output}) dans le registre des résultats de {gpkg}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="61"/>
        <source>the subject layer {layer} is missing</source>
        <translation>la couche à vérifier {layer} est absente</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="66"/>
        <source>the filter of {source} refers to the field {field}, missing from {layer}</source>
        <translation>le filtre de {source} porte sur le champ {field}, absent de {layer}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="69"/>
        <source>{layer}: its CRS {crs} is geographic (degrees): metrics need a projected CRS; reproject the layer to Lambert-93 (EPSG:2154) first</source>
        <translation>{layer} : son système de coordonnées {crs} est géographique (degrés) : les mesures exigent un système projeté ; reprojetez d'abord la couche en Lambert-93 (EPSG:2154)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="72"/>
        <source>Rule {rule}: the filter {filter} is not a valid QGIS expression ({problem})</source>
        <translation>Règle {rule} : le filtre {filter} n'est pas une expression QGIS valide ({problem})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="74"/>
        <source>Rule {rule}: the field {field} is missing from the layer {layer} (fields: {fields})</source>
        <translation>Règle {rule} : le champ {field} est absent de la couche {layer} (champs : {fields})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="76"/>
        <source>None of the rule file&apos;s subjects was found ({subjects}): the SUBJECTS layer is {layer}</source>
        <translation>Aucune des couches à vérifier du fichier de règles n'a été trouvée ({subjects}) : la couche SUBJECTS est {layer}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="38"/>
        <source>{path}: the SCoT report cannot be written by this version of the plugin (its report module is missing); run again without REPORT</source>
        <translation>{path} : cette version de l'extension ne sait pas écrire le rapport SCoT (son module de rapport manque) ; relancez sans REPORT</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/migrations.py" line="34"/>
        <source>{path} uses data schema {version}, newer than this tool knows ({current}): update the plugin (or aula-gpkg) instead of the package</source>
        <translation>{path} utilise le schéma de données {version}, plus récent que celui que connaît cet outil ({current}) : mettez à jour l'extension (ou aula-gpkg), pas le paquet</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/migrations.py" line="37"/>
        <source>{path}: the backup could not be written ({reason}): nothing was changed</source>
        <translation>{path} : la sauvegarde n'a pas pu être écrite ({reason}) : rien n'a été modifié</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="139"/>
        <source>Backing up the package</source>
        <translation>Sauvegarde du paquet</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/migrations.py" line="40"/>
        <source>Updating the data schema</source>
        <translation>Mise à jour du schéma de données</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/migrations.py" line="74"/>
        <source>Provenance of imports (source file, checksum, operator, counts)</source>
        <translation>Provenance des imports (fichier source, empreinte, opérateur, décomptes)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/provenance.py" line="49"/>
        <source>{path}: the GeoPackage has no aula_provenance table</source>
        <translation>{path} : le GeoPackage n'a pas de table aula_provenance</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/provenance.py" line="50"/>
        <source>aula_provenance has no column {columns}: update the package&apos;s schema first (aula-gpkg migrate, or open the territory project in QGIS)</source>
        <translation>aula_provenance n'a pas de colonne {columns} : mettez d'abord à jour le schéma du paquet (aula-gpkg migrate, ou ouvrez le projet du territoire dans QGIS)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/provenance.py" line="53"/>
        <source>a provenance row names no layer</source>
        <translation>une ligne de provenance ne nomme aucune couche</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="78"/>
        <source>The file does not exist</source>
        <translation>Le fichier n'existe pas</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="79"/>
        <source>Choose an existing GeoPackage</source>
        <translation>Choisissez un GeoPackage existant</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="80"/>
        <source>Not an SQLite database, hence not a GeoPackage ({reason})</source>
        <translation>Pas une base SQLite, donc pas un GeoPackage ({reason})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="81"/>
        <source>Choose the .gpkg file itself; restore it from a backup if it was overwritten</source>
        <translation>Choisissez le fichier .gpkg lui-même ; restaurez-le depuis une sauvegarde s'il a été écrasé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="83"/>
        <source>The file is truncated: {size} bytes where its header announces {expected}</source>
        <translation>Le fichier est tronqué : {size} octets là où son en-tête en annonce {expected}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="85"/>
        <source>The copy or download was interrupted: copy the file again or restore a backup</source>
        <translation>La copie ou le téléchargement a été interrompu : copiez de nouveau le fichier ou restaurez une sauvegarde</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="87"/>
        <source>SQLite cannot read the file ({reason})</source>
        <translation>SQLite ne peut pas lire le fichier ({reason})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="88"/>
        <source>Restore a backup; else recover what can be: sqlite3 damaged.gpkg .recover | sqlite3 recovered.gpkg</source>
        <translation>Restaurez une sauvegarde ; sinon récupérez ce qui peut l'être : sqlite3 endommage.gpkg .recover | sqlite3 recupere.gpkg</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="91"/>
        <source>SQLite database without the GeoPackage signature (application_id {value})</source>
        <translation>Base SQLite sans la signature GeoPackage (application_id {value})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="93"/>
        <source>Convert it with ogr2ogr -f GPKG new.gpkg old_file, or choose the right file</source>
        <translation>Convertissez-la avec ogr2ogr -f GPKG nouveau.gpkg ancien_fichier, ou choisissez le bon fichier</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="95"/>
        <source>SQLite integrity check: {message}</source>
        <translation>Contrôle d'intégrité SQLite : {message}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="96"/>
        <source>Restore a backup; else rebuild the file: sqlite3 damaged.gpkg .recover | sqlite3 recovered.gpkg, then check it again</source>
        <translation>Restaurez une sauvegarde ; sinon reconstruisez le fichier : sqlite3 endommage.gpkg .recover | sqlite3 recupere.gpkg, puis vérifiez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="99"/>
        <source>The GeoPackage table {table} is missing</source>
        <translation>La table GeoPackage {table} manque</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="100"/>
        <source>The file is not a valid GeoPackage: rewrite it with ogr2ogr -f GPKG new.gpkg file.gpkg</source>
        <translation>Le fichier n'est pas un GeoPackage valide : réécrivez-le avec ogr2ogr -f GPKG nouveau.gpkg fichier.gpkg</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="102"/>
        <source>The required spatial reference system {srs_id} is not defined</source>
        <translation>Le système de référence spatiale obligatoire {srs_id} n'est pas défini</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="104"/>
        <source>Rewrite the file with ogr2ogr -f GPKG new.gpkg file.gpkg (GDAL adds the required definitions)</source>
        <translation>Réécrivez le fichier avec ogr2ogr -f GPKG nouveau.gpkg fichier.gpkg (GDAL ajoute les définitions obligatoires)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="107"/>
        <source>Listed in gpkg_contents but the table does not exist</source>
        <translation>Listée dans gpkg_contents mais la table n'existe pas</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="109"/>
        <source>Restore the table from a backup, or remove the entry: DELETE FROM gpkg_contents WHERE table_name = &apos;{table}&apos; (and from gpkg_geometry_columns, gpkg_extensions)</source>
        <translation>Restaurez la table depuis une sauvegarde, ou supprimez l'entrée : DELETE FROM gpkg_contents WHERE table_name = '{table}' (et de gpkg_geometry_columns, gpkg_extensions)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="112"/>
        <source>{where} refers to spatial reference system {srs_id}, which is not defined</source>
        <translation>{where} renvoie au système de référence spatiale {srs_id}, qui n'est pas défini</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="114"/>
        <source>Set the right SRS id (2154, Lambert-93, for AULA layers) in gpkg_contents and gpkg_geometry_columns, or add its definition to gpkg_spatial_ref_sys</source>
        <translation>Indiquez le bon identifiant de SRS (2154, Lambert-93, pour les couches AULA) dans gpkg_contents et gpkg_geometry_columns, ou ajoutez sa définition à gpkg_spatial_ref_sys</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="117"/>
        <source>Feature table without a spatial reference system in gpkg_contents</source>
        <translation>Table d'entités sans système de référence spatiale dans gpkg_contents</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="119"/>
        <source>UPDATE gpkg_contents SET srs_id = 2154 WHERE table_name = &apos;{table}&apos; (if Lambert-93)</source>
        <translation>UPDATE gpkg_contents SET srs_id = 2154 WHERE table_name = '{table}' (si Lambert-93)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="121"/>
        <source>Table not listed in gpkg_contents: QGIS does not show it</source>
        <translation>Table absente de gpkg_contents : QGIS ne l'affiche pas</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="122"/>
        <source>Register it (INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES (&apos;{table}&apos;, &apos;attributes&apos;, &apos;{table}&apos;)) or drop it if it is left over</source>
        <translation>Enregistrez-la (INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('{table}', 'attributes', '{table}')) ou supprimez-la si c'est un reste</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="125"/>
        <source>Feature table without its row in gpkg_geometry_columns</source>
        <translation>Table d'entités sans sa ligne dans gpkg_geometry_columns</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="127"/>
        <source>Rewrite the layer with ogr2ogr (or QGIS&apos;s Package layers), which registers its geometry</source>
        <translation>Réécrivez la couche avec ogr2ogr (ou « Empaqueter des couches » de QGIS), qui enregistre sa géométrie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="129"/>
        <source>gpkg_geometry_columns names this table, which gpkg_contents does not list as features</source>
        <translation>gpkg_geometry_columns nomme cette table, que gpkg_contents ne liste pas comme table d'entités</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="131"/>
        <source>Correct gpkg_contents.data_type to &apos;features&apos;, or delete the stale geometry column row</source>
        <translation>Corrigez gpkg_contents.data_type en 'features', ou supprimez la ligne de colonne géométrique périmée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="133"/>
        <source>The geometry column {column} does not exist in the table</source>
        <translation>La colonne géométrique {column} n'existe pas dans la table</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="135"/>
        <source>Correct gpkg_geometry_columns.column_name, or restore the table from a backup</source>
        <translation>Corrigez gpkg_geometry_columns.column_name, ou restaurez la table depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="137"/>
        <source>gpkg_geometry_columns gives SRS {geometry_srs}, gpkg_contents {contents_srs}</source>
        <translation>gpkg_geometry_columns donne le SRS {geometry_srs}, gpkg_contents {contents_srs}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="139"/>
        <source>Give both tables the layer&apos;s real SRS (2154 for AULA layers)</source>
        <translation>Donnez aux deux tables le vrai SRS de la couche (2154 pour les couches AULA)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="141"/>
        <source>No spatial index (R-tree) on {column}: maps and spatial queries are slow</source>
        <translation>Pas d'index spatial (R-tree) sur {column} : cartes et requêtes spatiales lentes</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="143"/>
        <source>In QGIS: Layer Properties › Source › Create Spatial Index; or ogrinfo file.gpkg -sql &quot;SELECT CreateSpatialIndex('{table}', '{column}')&quot;</source>
        <translation>Dans QGIS : Propriétés de la couche › Source › Créer un index spatial ; ou ogrinfo fichier.gpkg -sql &quot;SELECT CreateSpatialIndex('{table}', '{column}')&quot;</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="146"/>
        <source>The spatial index is declared (gpkg_extensions) but its table rtree_{table}_{column} is missing</source>
        <translation>L'index spatial est déclaré (gpkg_extensions) mais sa table rtree_{table}_{column} manque</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="149"/>
        <source>Rebuild the index: ogrinfo file.gpkg -sql &quot;SELECT DisableSpatialIndex('{table}', '{column}')&quot; then -sql &quot;SELECT CreateSpatialIndex('{table}', '{column}')&quot; (or QGIS: Layer Properties › Source › Create Spatial Index)</source>
        <translation>Reconstruisez l'index : ogrinfo fichier.gpkg -sql &quot;SELECT DisableSpatialIndex('{table}', '{column}')&quot; puis -sql &quot;SELECT CreateSpatialIndex('{table}', '{column}')&quot; (ou dans QGIS : Propriétés de la couche › Source › Créer un index spatial)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="153"/>
        <source>The spatial index has no {which} trigger: edits no longer update it</source>
        <translation>L'index spatial n'a pas de déclencheur {which} : les modifications ne le mettent plus à jour</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="155"/>
        <source>The spatial index does not match the geometries: {missing} missing, {orphans} left over</source>
        <translation>L'index spatial ne correspond pas aux géométries : {missing} manquantes, {orphans} en trop</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="157"/>
        <source>{count} rows refer to missing rows of {parent}</source>
        <translation>{count} lignes renvoient à des lignes absentes de {parent}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="158"/>
        <source>Restore the missing rows of {parent} from a backup, or delete or correct the rows of {table} (PRAGMA foreign_key_check lists them)</source>
        <translation>Restaurez les lignes manquantes de {parent} depuis une sauvegarde, ou supprimez ou corrigez les lignes de {table} (PRAGMA foreign_key_check les liste)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="161"/>
        <source>No aula_metadata.schema_version: not an AULA territory package</source>
        <translation>Pas de aula_metadata.schema_version : pas un paquet de territoire AULA</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="163"/>
        <source>Choose the territory GeoPackage (your working copy or the one shipped with the plugin)</source>
        <translation>Choisissez le GeoPackage du territoire (votre copie de travail ou celui fourni avec l'extension)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="165"/>
        <source>Data schema {version}, older than the current one ({current})</source>
        <translation>Schéma de données {version}, plus ancien que l'actuel ({current})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="167"/>
        <source>Update it: aula-gpkg migrate file.gpkg, or open the territory project in QGIS (a backup is made first)</source>
        <translation>Mettez-le à jour : aula-gpkg migrate fichier.gpkg, ou ouvrez le projet du territoire dans QGIS (une sauvegarde est faite d'abord)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="170"/>
        <source>Data schema {version}, newer than this plugin knows ({current})</source>
        <translation>Schéma de données {version}, plus récent que celui que connaît l'extension ({current})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="172"/>
        <source>Update the plugin</source>
        <translation>Mettez à jour l'extension</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="173"/>
        <source>The table required by the plugin is missing</source>
        <translation>La table nécessaire à l'extension manque</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="174"/>
        <source>Restore it from a backup, or copy it from the territory GeoPackage shipped with the plugin</source>
        <translation>Restaurez-la depuis une sauvegarde, ou copiez-la du GeoPackage du territoire fourni avec l'extension</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="176"/>
        <source>Columns required by the plugin are missing: {columns}</source>
        <translation>Des colonnes nécessaires à l'extension manquent : {columns}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="177"/>
        <source>Update the schema (aula-gpkg migrate file.gpkg); if it is up to date, restore the table from a backup</source>
        <translation>Mettez à jour le schéma (aula-gpkg migrate fichier.gpkg) ; s'il est à jour, restaurez la table depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="180"/>
        <source>Checking the package</source>
        <translation>Vérification du paquet</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/pinch.py" line="62"/>
        <source>There is no link to process</source>
        <translation>Il n'y a aucune liaison à traiter</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/pinch.py" line="63"/>
        <source>No corridor has any passable cell (all nodata): no current can flow</source>
        <translation>Aucun corridor ne compte de cellule franchissable (tout en nodata) : aucun courant ne peut circuler</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/pinch.py" line="65"/>
        <source>The percentile must lie between 0 and 100 (found {value})</source>
        <translation>Le centile doit être compris entre 0 et 100 (valeur trouvée : {value})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="66"/>
        <source>imports need GDAL&apos;s Python bindings (Debian: python3-gdal; run with /usr/bin/python3)</source>
        <translation>les imports ont besoin de GDAL pour Python (Debian : python3-gdal ; lancer avec /usr/bin/python3)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="68"/>
        <source>{layer}: this layer cannot be imported (importable layers: {layers})</source>
        <translation>{layer} : cette couche ne peut pas être importée (couches importables : {layers})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="70"/>
        <source>unknown import mode {mode!r}: replace or append</source>
        <translation>mode d'import inconnu {mode!r} : replace ou append</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="71"/>
        <source>{path}: the package&apos;s data schema is out of date: update it first (aula-gpkg migrate, or open the territory project in QGIS)</source>
        <translation>{path} : le schéma de données du paquet n'est pas à jour : mettez-le d'abord à jour (aula-gpkg migrate, ou ouvrez le projet du territoire dans QGIS)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="74"/>
        <source>{path}: the source file does not exist</source>
        <translation>{path} : le fichier source n'existe pas</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="75"/>
        <source>{path}: the source file cannot be read as vector data ({reason}): it may be truncated, corrupted or of another kind</source>
        <translation>{path} : le fichier source ne peut pas être lu comme données vecteur ({reason}) : il est peut-être tronqué, corrompu ou d'un autre type</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="78"/>
        <source>{path}: the source holds several layers ({layers}): choose one</source>
        <translation>{path} : la source contient plusieurs couches ({layers}) : choisissez-en une</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="80"/>
        <source>{path}: the source has no layer {layer}</source>
        <translation>{path} : la source n'a pas de couche {layer}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="81"/>
        <source>{path}: the source layer {layer} has no geometry</source>
        <translation>{path} : la couche source {layer} n'a pas de géométrie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="82"/>
        <source>{path}: required field {field} is missing (fields: {fields})</source>
        <translation>{path} : le champ obligatoire {field} manque (champs : {fields})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="84"/>
        <source>{path}: field {field} is of type {type}, the layer {layer} expects {expected}</source>
        <translation>{path} : le champ {field} est de type {type}, la couche {layer} attend {expected}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="86"/>
        <source>{path}: the source has no coordinate reference system; the layer {layer} is in EPSG:{srs}</source>
        <translation>{path} : la source n'a pas de système de coordonnées ; la couche {layer} est en EPSG:{srs}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="88"/>
        <source>{path}: the source is in {crs}, the layer {layer} is in EPSG:{srs}: reproject it first</source>
        <translation>{path} : la source est en {crs}, la couche {layer} est en EPSG:{srs} : reprojetez-la d'abord</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="90"/>
        <source>{path}: {layer} is not a feature layer of the package</source>
        <translation>{path} : {layer} n'est pas une couche d'entités du paquet</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="92"/>
        <source>{path}: the layer {layer} has no key field {key}</source>
        <translation>{path} : la couche {layer} n'a pas de champ clé {key}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="93"/>
        <source>{path}: the source could not be read to the end ({reason}): it may be truncated or corrupted; nothing was written</source>
        <translation>{path} : la source n'a pas pu être lue jusqu'au bout ({reason}) : elle est peut-être tronquée ou corrompue ; rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="96"/>
        <source>{layer}: {count} feature(s) of {file} rejected: nothing was written. Correct the source, or import without them (skip rejected features)</source>
        <translation>{layer} : {count} entité(s) de {file} rejetée(s) : rien n'a été écrit. Corrigez la source, ou importez sans elles (ignorer les entités rejetées)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="99"/>
        <source>{layer}: no feature of {file} can be imported: nothing was written</source>
        <translation>{layer} : aucune entité de {file} ne peut être importée : rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="101"/>
        <source>{path}: no import backup found beside the package</source>
        <translation>{path} : aucune sauvegarde d'import trouvée à côté du paquet</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="102"/>
        <source>{path}: the backup {backup} could not be restored ({reason}); the package is unchanged</source>
        <translation>{path} : la sauvegarde {backup} n'a pas pu être restaurée ({reason}) ; le paquet est inchangé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="105"/>
        <source>Reading the source file</source>
        <translation>Lecture du fichier source</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="106"/>
        <source>Checking the features</source>
        <translation>Vérification des entités</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="107"/>
        <source>Comparing with the package</source>
        <translation>Comparaison avec le paquet</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="109"/>
        <source>Writing into the package</source>
        <translation>Écriture dans le paquet</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="110"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="112"/>
        <source>{layer} ({mode}) from {file}: {added} added, {removed} removed, {changed} changed, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{layer} ({mode}) depuis {file} : {added} ajoutée(s), {removed} supprimée(s), {changed} modifiée(s), {unchanged} inchangée(s), {rejected} rejetée(s)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="115"/>
        <source>{what}: {keys}</source>
        <translation>{what} : {keys}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="117"/>
        <source>added</source>
        <translation>ajoutées</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="118"/>
        <source>removed</source>
        <translation>supprimées</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="119"/>
        <source>changed</source>
        <translation>modifiées</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="123"/>
        <source>no geometry</source>
        <translation>pas de géométrie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="124"/>
        <source>geometry of the wrong type ({detail})</source>
        <translation>géométrie du mauvais type ({detail})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="125"/>
        <source>invalid geometry ({detail})</source>
        <translation>géométrie invalide ({detail})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="126"/>
        <source>required value missing ({detail})</source>
        <translation>valeur obligatoire manquante ({detail})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="127"/>
        <source>unknown code ({detail})</source>
        <translation>code inconnu ({detail})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="128"/>
        <source>no key value</source>
        <translation>pas de valeur de clé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="129"/>
        <source>duplicate key ({detail})</source>
        <translation>clé en double ({detail})</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="130"/>
        <source>key already in the layer ({detail}): use replace</source>
        <translation>clé déjà dans la couche ({detail}) : utilisez le remplacement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="132"/>
        <source>rejected, {reason}: {count} feature(s), e.g. feature {examples}</source>
        <translation>rejetées, {reason} : {count} entité(s), par exemple l'entité {examples}</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="97"/>
        <source>Diffs and merges need the pygeodiff library, missing from this Python: install it with the Python of QGIS (python -m pip install pygeodiff) or install the Mergin Maps plugin, which carries it, then run the command again</source>
        <translation>Les différences et fusions demandent la bibliothèque pygeodiff, absente de ce Python : installez-la avec le Python de QGIS (python -m pip install pygeodiff) ou installez l'extension Mergin Maps, qui l'embarque, puis relancez la commande</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="105"/>
        <source>{path} already exists: choose a new file name for the offline copy</source>
        <translation>{path} existe déjà : choisissez un nouveau nom de fichier pour la copie hors ligne</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="107"/>
        <source>{path} is not an offline copy made by the checkout (no checkout_id in aula_metadata): give its base with --base, or check a new copy out</source>
        <translation>{path} n'est pas une copie hors ligne faite par l'extraction (pas de checkout_id dans aula_metadata) : donnez sa base avec --base, ou extrayez une nouvelle copie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="110"/>
        <source>{path}: the snapshot of the master taken at checkout ({base}) is missing: it was moved or deleted; give it explicitly (--base) to merge</source>
        <translation>{path} : l'instantané du maître pris à l'extraction ({base}) est introuvable : il a été déplacé ou supprimé ; donnez-le explicitement (--base) pour fusionner</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="113"/>
        <source>{base}: the snapshot taken at checkout has changed since (its checksum differs): it cannot serve as the common ancestor of the merge</source>
        <translation>{base} : l'instantané pris à l'extraction a changé depuis (sa somme de contrôle diffère) : il ne peut pas servir d'ancêtre commun à la fusion</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="116"/>
        <source>{copy} (checkout {checkout}) was already merged into {path} on {date}: nothing done; check a new copy out to go on editing</source>
        <translation>{copy} (extraction {checkout}) a déjà été fusionnée dans {path} le {date} : rien de fait ; extrayez une nouvelle copie pour continuer à modifier</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="119"/>
        <source>{path} uses an older data schema: update it first (aula-gpkg migrate, or open the territory project in QGIS), then merge</source>
        <translation>{path} utilise un schéma de données plus ancien : mettez-le d'abord à jour (aula-gpkg migrate, ou ouvrez le projet du territoire dans QGIS), puis fusionnez</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="122"/>
        <source>pygeodiff could not compare {path} with its base ({reason}); nothing was changed</source>
        <translation>pygeodiff n'a pas pu comparer {path} à sa base ({reason}) ; rien n'a été changé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="124"/>
        <source>{path} was modified by another program during the merge: nothing was written; run the merge again</source>
        <translation>{path} a été modifié par un autre programme pendant la fusion : rien n'a été écrit ; relancez la fusion</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="127"/>
        <source>Unknown conflict policy {policy}: use one of stop, master, copy</source>
        <translation>Règle de conflit inconnue {policy} : utilisez stop, master ou copy</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="129"/>
        <source>{path}: not a conflict choices file ({reason}); expected the conflict report (CSV or JSON) with its resolution column set to master or copy</source>
        <translation>{path} : pas un fichier de choix de conflits ({reason}) ; attendu : le rapport des conflits (CSV ou JSON) avec sa colonne resolution remplie par master ou copy</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="132"/>
        <source>{path}: resolution {value!r} of {table} {key} {field}: use master or copy</source>
        <translation>{path} : résolution {value!r} de {table} {key} {field} : utilisez master ou copy</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="134"/>
        <source>Copying the package for offline work</source>
        <translation>Copie du paquet pour le travail hors ligne</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="135"/>
        <source>Reading the copies</source>
        <translation>Lecture des copies</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="136"/>
        <source>Computing the changes</source>
        <translation>Calcul des changements</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="137"/>
        <source>Looking for conflicts</source>
        <translation>Recherche des conflits</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="138"/>
        <source>Applying the changes</source>
        <translation>Application des changements</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="140"/>
        <source>Writing the merged package</source>
        <translation>Écriture du paquet fusionné</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/postgis.py" line="18"/>
        <source>There is no saved PostgreSQL connection named « {name} »: add it in QGIS's Browser › PostgreSQL › New Connection</source>
        <translation>Aucune connexion PostgreSQL enregistrée ne s'appelle « {name} » : ajoutez-la dans l'Explorateur de QGIS › PostgreSQL › Nouvelle connexion</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/postgis.py" line="21"/>
        <source>« {layer} » is a PostGIS layer: {tool} reads an AULA GeoPackage. Run it on your working copy (the territory GeoPackage), or export the layer to a GeoPackage first (right click › Export › Save Features As…)</source>
        <translation>« {layer} » est une couche PostGIS : {tool} lit un GeoPackage AULA. Lancez-le sur votre copie de travail (le GeoPackage du territoire), ou exportez d'abord la couche en GeoPackage (clic droit › Exporter › Sauvegarder les entités sous…)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="62"/>
        <source>the reference layer {source} is missing: the results of {algorithm} are looked up in a GeoPackage&apos;s results register, not in the PostGIS schema {schema}; give REFERENCES (the GeoPackage holding them)</source>
        <translation>la couche de référence {source} manque : les résultats de {algorithm} sont cherchés dans le registre des résultats d'un GeoPackage, pas dans le schéma PostGIS {schema} ; indiquez REFERENCES (le GeoPackage qui les contient)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="43"/>
        <source>psycopg2 or GDAL&apos;s PostgreSQL driver is missing ({reason}): install QGIS with its PostgreSQL support (Debian: python3-psycopg2)</source>
        <translation>psycopg2 ou le pilote PostgreSQL de GDAL manque ({reason}) : installez QGIS avec sa prise en charge de PostgreSQL (Debian : python3-psycopg2)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="46"/>
        <source>Cannot connect to the PostgreSQL database ({reason}): check the connection (host, port, database, user, password) in QGIS's Browser › PostgreSQL</source>
        <translation>Connexion à la base PostgreSQL impossible ({reason}) : vérifiez la connexion (hôte, port, base, utilisateur, mot de passe) dans l'Explorateur de QGIS › PostgreSQL</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="49"/>
        <source>The database {database} has no PostGIS extension: ask its administrator to run CREATE EXTENSION postgis; (nothing was written)</source>
        <translation>La base {database} n'a pas l'extension PostGIS : demandez à son administrateur d'exécuter CREATE EXTENSION postgis; (rien n'a été écrit)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="52"/>
        <source>« {schema} » cannot be used as a schema name: use lowercase letters, digits and _ (not starting with pg_ or a digit, at most 40 characters)</source>
        <translation>« {schema} » ne peut pas servir de nom de schéma : utilisez des minuscules, des chiffres et _ (sans commencer par pg_ ni par un chiffre, 40 caractères au plus)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="55"/>
        <source>The schema « {schema} » already exists and is not an AULA package (no aula_metadata table): choose another schema name; nothing was written</source>
        <translation>Le schéma « {schema} » existe déjà et n'est pas un paquet AULA (pas de table aula_metadata) : choisissez un autre nom de schéma ; rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="58"/>
        <source>The schema « {schema} » already exists: allow its replacement to publish again</source>
        <translation>Le schéma « {schema} » existe déjà : autorisez son remplacement pour publier à nouveau</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="60"/>
        <source>Copying the table {table} to PostgreSQL failed ({reason}): nothing was published</source>
        <translation>La copie de la table {table} vers PostgreSQL a échoué ({reason}) : rien n'a été publié</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="62"/>
        <source>The table {table} has {published} rows in PostgreSQL and {expected} in the GeoPackage: nothing was published</source>
        <translation>La table {table} a {published} lignes dans PostgreSQL et {expected} dans le GeoPackage : rien n'a été publié</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="65"/>
        <source>Publishing to PostgreSQL failed ({reason}): nothing was published</source>
        <translation>La publication dans PostgreSQL a échoué ({reason}) : rien n'a été publié</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="67"/>
        <source>Connecting to the database</source>
        <translation>Connexion à la base</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="68"/>
        <source>Copying the tables</source>
        <translation>Copie des tables</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="69"/>
        <source>Replacing the schema</source>
        <translation>Remplacement du schéma</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="58"/>
        <source>replace</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="59"/>
        <source>append</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="101"/>
        <source>pygeodiff is installed but its library cannot be loaded ({reason}): reinstall it with the Python of QGIS (python -m pip install --force-reinstall pygeodiff), then run the command again</source>
        <translation>pygeodiff est installé mais sa bibliothèque ne se charge pas ({reason}) : réinstallez-le avec le Python de QGIS (python -m pip install --force-reinstall pygeodiff), puis relancez la commande</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="347"/>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="61"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="62"/>
        <source>EPCI SIREN code</source>
        <translation>Code SIREN de l'EPCI</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="63"/>
        <source>EPCI name</source>
        <translation>Nom de l'EPCI</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="179"/>
        <source>Area (ha)</source>
        <translation>Surface (ha)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="66"/>
        <source>Number of features aggregated</source>
        <translation>Nombre d'entités agrégées</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="68"/>
        <source>Sub-network</source>
        <translation>Sous-trame</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="69"/>
        <source>Origin (zoning or habitat)</source>
        <translation>Origine (zonage ou habitat)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="70"/>
        <source>Number of the source feature</source>
        <translation>Numéro de l'entité source</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="71"/>
        <source>Maximum cost (cost units)</source>
        <translation>Coût maximal (unités de coût)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="72"/>
        <source>Cost units</source>
        <translation>Unités de coût</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="73"/>
        <source>From reservoir</source>
        <translation>Réservoir de départ</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="74"/>
        <source>To reservoir</source>
        <translation>Réservoir d'arrivée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="75"/>
        <source>Least cost (cost units)</source>
        <translation>Coût minimal (unités de coût)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="76"/>
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="193"/>
        <source>Corridor identifier</source>
        <translation>Identifiant du corridor</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="78"/>
        <source>Infrastructure class</source>
        <translation>Classe d'infrastructure</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="79"/>
        <source>Infrastructure name</source>
        <translation>Nom de l'infrastructure</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="80"/>
        <source>Link importance (PC drop, %)</source>
        <translation>Importance du lien (perte de PC, %)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="81"/>
        <source>Class weight</source>
        <translation>Poids de la classe</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="82"/>
        <source>Score (importance × weight)</source>
        <translation>Score (importance × poids)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="83"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="84"/>
        <source>Capacity (ha, or the capacity field)</source>
        <translation>Capacité (ha, ou champ de capacité)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="85"/>
        <source>Importance for connectivity dPC (%)</source>
        <translation>Importance pour la connectivité dPC (%)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="86"/>
        <source>dPC intra: own area (%)</source>
        <translation>dPC intra : surface propre (%)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="87"/>
        <source>dPC flux: flows (%)</source>
        <translation>dPC flux : flux reçus et émis (%)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="88"/>
        <source>dPC connector: stepping stone (%)</source>
        <translation>dPC connecteur : relais (%)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="89"/>
        <source>Importance for connectivity dIIC (%)</source>
        <translation>Importance pour la connectivité dIIC (%)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="90"/>
        <source>Probability of connectivity PC</source>
        <translation>Probabilité de connectivité PC</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="91"/>
        <source>PC numerator PCnum (ha²)</source>
        <translation>Numérateur du PC, PCnum (ha²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="92"/>
        <source>Equivalent connected area EC (ha)</source>
        <translation>Surface connectée équivalente EC (ha)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="93"/>
        <source>Integral index of connectivity IIC</source>
        <translation>Indice intégral de connectivité IIC</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="94"/>
        <source>IIC numerator IICnum (ha²)</source>
        <translation>Numérateur de l'IIC, IICnum (ha²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="95"/>
        <source>Number of reservoirs</source>
        <translation>Nombre de réservoirs</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="96"/>
        <source>Number of links</source>
        <translation>Nombre de liens</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="97"/>
        <source>Number of links within the IIC threshold</source>
        <translation>Nombre de liens sous le seuil IIC</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="98"/>
        <source>Landscape area (ha)</source>
        <translation>Surface du paysage (ha)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="99"/>
        <source>Distance decay alpha (1/cost unit)</source>
        <translation>Décroissance alpha (1/unité de coût)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="100"/>
        <source>Reference distance d0 (cost units)</source>
        <translation>Distance de référence d0 (unités de coût)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="101"/>
        <source>Probability p0 at d0</source>
        <translation>Probabilité p0 à d0</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="102"/>
        <source>IIC threshold (cost units)</source>
        <translation>Seuil IIC (unités de coût)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="195"/>
        <source>Reservoir identifier</source>
        <translation>Identifiant du réservoir</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="192"/>
        <source>Source number (allocation)</source>
        <translation>Numéro de la source (allocation)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="196"/>
        <source>Reservoir feature number</source>
        <translation>Numéro d'entité du réservoir</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="198"/>
        <source>Conflict point identifier</source>
        <translation>Identifiant du point de conflit</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="199"/>
        <source>Continuum identifier</source>
        <translation>Identifiant du continuum</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="395"/>
        <source>Woodland</source>
        <translation>Boisée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="396"/>
        <source>Grassland and open habitats</source>
        <translation>Milieux ouverts</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="397"/>
        <source>Wetlands</source>
        <translation>Milieux humides</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="398"/>
        <source>Aquatic (watercourses)</source>
        <translation>Aquatique (cours d'eau)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="401"/>
        <source>friction × metres</source>
        <translation>friction × mètres</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="402"/>
        <source>friction × cells</source>
        <translation>friction × cellules</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="651"/>
        <source>ZNIEFF type 1</source>
        <translation>ZNIEFF de type 1</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="652"/>
        <source>Natura 2000</source>
        <translation>Natura 2000</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="653"/>
        <source>Biotope protection order (APPB)</source>
        <translation>Arrêté de protection de biotope (APPB)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="654"/>
        <source>Regional nature reserve</source>
        <translation>Réserve naturelle régionale</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="655"/>
        <source>National nature reserve</source>
        <translation>Réserve naturelle nationale</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="656"/>
        <source>Sensitive natural area (ENS)</source>
        <translation>Espace naturel sensible (ENS)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="657"/>
        <source>Habitat patch</source>
        <translation>Tache d'habitat</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="662"/>
        <source>Motorway</source>
        <translation>Autoroute</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="663"/>
        <source>National road</source>
        <translation>Route nationale</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="664"/>
        <source>Departmental road</source>
        <translation>Route départementale</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="665"/>
        <source>Local road</source>
        <translation>Route locale</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="666"/>
        <source>Railway</source>
        <translation>Voie ferrée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="667"/>
        <source>Watercourse</source>
        <translation>Cours d'eau</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="668"/>
        <source>Watercourse obstacle</source>
        <translation>Obstacle à l'écoulement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="64"/>
        <source>Population (inhab.)</source>
        <translation>Population (hab.)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="49"/>
        <source>Scenario, not a rule: extends the 2021-2031 NAF consumption envelope while the target after 2031 is net artificialisation (different metrics)</source>
        <translation>scénario, non réglementaire : prolonge l'enveloppe de consommation d'espaces NAF 2021-2031 alors que la cible après 2031 porte sur l'artificialisation nette (métriques différentes)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="212"/>
        <source>Territory code</source>
        <translation>Code du territoire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="105"/>
        <source>NAF consumption (m²)</source>
        <translation>Consommation NAF (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="106"/>
        <source>NAF consumption (ha)</source>
        <translation>Consommation NAF (ha)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="107"/>
        <source>Consumption for activities (m²)</source>
        <translation>Consommation pour l'activité (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="108"/>
        <source>Consumption for housing (m²)</source>
        <translation>Consommation pour l'habitat (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="109"/>
        <source>Consumption for mixed use (m²)</source>
        <translation>Consommation mixte (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="110"/>
        <source>Consumption for roads (m²)</source>
        <translation>Consommation pour la route (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="111"/>
        <source>Consumption for railways (m²)</source>
        <translation>Consommation pour le ferroviaire (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="112"/>
        <source>Consumption, destination unknown (m²)</source>
        <translation>Consommation, destination inconnue (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="113"/>
        <source>Annual mean consumption (m²/year)</source>
        <translation>Consommation annuelle moyenne (m²/an)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="114"/>
        <source>Consumption over the area (%)</source>
        <translation>Part de la surface consommée (%)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="115"/>
        <source>Reduction rate (%)</source>
        <translation>Taux de réduction (%)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="116"/>
        <source>Identifier in the rates table</source>
        <translation>Identifiant dans la table des taux</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="117"/>
        <source>Rate of a parent territory</source>
        <translation>Taux d'un territoire parent</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="118"/>
        <source>Note on the rate</source>
        <translation>Remarque sur le taux</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="119"/>
        <source>Document setting the rate</source>
        <translation>Document fixant le taux</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="120"/>
        <source>Page of the document</source>
        <translation>Page du document</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="121"/>
        <source>Date of the document</source>
        <translation>Date du document</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="360"/>
        <source>Link to the document</source>
        <translation>Lien vers le document</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="123"/>
        <source>Consumption 2011-2020 (m²)</source>
        <translation>Consommation 2011-2020 (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="124"/>
        <source>Consumption 2011-2020 (ha)</source>
        <translation>Consommation 2011-2020 (ha)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="125"/>
        <source>Envelope before the 1 ha guarantee (m²)</source>
        <translation>Enveloppe avant la garantie d'1 ha (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="126"/>
        <source>1 ha guarantee (m²)</source>
        <translation>Garantie d'1 ha (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="127"/>
        <source>Envelope 2021-2031 (m²)</source>
        <translation>Enveloppe 2021-2031 (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="128"/>
        <source>Envelope 2021-2031 (ha)</source>
        <translation>Enveloppe 2021-2031 (ha)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="129"/>
        <source>Sum of the communes' envelopes (m²)</source>
        <translation>Somme des enveloppes des communes (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="130"/>
        <source>Pooled in a PLUi</source>
        <translation>Mutualisée dans un PLUi</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="131"/>
        <source>Gross consumption since 2021 (m²)</source>
        <translation>Consommation brute depuis 2021 (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="132"/>
        <source>Deduction for national projects (m²)</source>
        <translation>Déduction des projets nationaux (PENE) (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="133"/>
        <source>Deduction for solar farms (m²)</source>
        <translation>Déduction du photovoltaïque au sol (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="134"/>
        <source>Deduction for renaturation (m²)</source>
        <translation>Déduction de la renaturation (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="135"/>
        <source>Total deductions (m²)</source>
        <translation>Total des déductions (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="136"/>
        <source>Consumption since 2021 (m²)</source>
        <translation>Consommation depuis 2021 (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="137"/>
        <source>Consumption since 2021 (ha)</source>
        <translation>Consommation depuis 2021 (ha)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="138"/>
        <source>Share of the envelope used (%)</source>
        <translation>Part de l'enveloppe consommée (%)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="139"/>
        <source>Remaining envelope (m²)</source>
        <translation>Enveloppe restante (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="140"/>
        <source>Envelope overrun (m²)</source>
        <translation>Dépassement de l'enveloppe (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="141"/>
        <source>Pace since 2021 (m²/year)</source>
        <translation>Rythme depuis 2021 (m²/an)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="142"/>
        <source>Projection horizon (years)</source>
        <translation>Horizon de la projection (années)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="143"/>
        <source>Projected consumption by 2031 (m²)</source>
        <translation>Consommation projetée en 2031 (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="144"/>
        <source>Year the envelope is exceeded</source>
        <translation>Année de dépassement de l'enveloppe</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="145"/>
        <source>Scenario rate 2031-2040 (%)</source>
        <translation>Taux du scénario 2031-2040 (%)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="146"/>
        <source>Scenario envelope 2031-2040 (m²)</source>
        <translation>Enveloppe du scénario 2031-2040 (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="147"/>
        <source>Scenario rate 2041-2050 (%)</source>
        <translation>Taux du scénario 2041-2050 (%)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="148"/>
        <source>Scenario envelope 2041-2050 (m²)</source>
        <translation>Enveloppe du scénario 2041-2050 (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="149"/>
        <source>Status of the scenarios</source>
        <translation>Portée des scénarios</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="150"/>
        <source>Consumption of the year (m²)</source>
        <translation>Consommation de l'année (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="151"/>
        <source>Consumption since 2021, cumulated (m²)</source>
        <translation>Consommation cumulée depuis 2021 (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="152"/>
        <source>Target trajectory, cumulated (m²)</source>
        <translation>Trajectoire cible cumulée (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="153"/>
        <source>Remaining envelope before the projects (m²)</source>
        <translation>Enveloppe restante avant les projets (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="154"/>
        <source>Number of projects</source>
        <translation>Nombre de projets</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="155"/>
        <source>Area of the projects (m²)</source>
        <translation>Surface des projets (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="156"/>
        <source>Part of the projects already consumed (m²)</source>
        <translation>Part des projets déjà consommée (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="157"/>
        <source>Balance after the projects (m²)</source>
        <translation>Solde après les projets (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="158"/>
        <source>Already consumed land taken from</source>
        <translation>Sol déjà consommé d'après</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="159"/>
        <source>Communes without an envelope</source>
        <translation>Communes sans enveloppe</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="160"/>
        <source>OCS GE millésime</source>
        <translation>Millésime OCS GE</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="161"/>
        <source>Area of the communes (m²)</source>
        <translation>Surface des communes (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="162"/>
        <source>Artificialised area (m²)</source>
        <translation>Surface artificialisée (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="163"/>
        <source>Artificialised share (%)</source>
        <translation>Part artificialisée (%)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="164"/>
        <source>Sealed area (m²)</source>
        <translation>Surface imperméabilisée (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="165"/>
        <source>Over several départements</source>
        <translation>Sur plusieurs départements</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="166"/>
        <source>First OCS GE millésime</source>
        <translation>Premier millésime OCS GE</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="167"/>
        <source>Second OCS GE millésime</source>
        <translation>Second millésime OCS GE</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="168"/>
        <source>Artificialisation (m²)</source>
        <translation>Artificialisation (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="169"/>
        <source>Renaturation (m²)</source>
        <translation>Renaturation (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="170"/>
        <source>Difference of the stocks (m²)</source>
        <translation>Différence des stocks (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="171"/>
        <source>Net flow minus stock difference (m²)</source>
        <translation>Flux net moins différence des stocks (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="223"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="203"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="204"/>
        <source>NAF consumption of the year (m²)</source>
        <translation>Consommation NAF de l'année (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="205"/>
        <source>Cerema release</source>
        <translation>Millésime du Cerema</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="206"/>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="210"/>
        <source>SCoT code</source>
        <translation>Code du SCoT</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="211"/>
        <source>Pôle code</source>
        <translation>Code du pôle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="231"/>
        <source>Number of communes</source>
        <translation>Nombre de communes</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="214"/>
        <source>First year</source>
        <translation>Première année</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="215"/>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="216"/>
        <source>Number of years</source>
        <translation>Nombre d'années</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="220"/>
        <source>Calculation mode</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="221"/>
        <source>Last year of the data</source>
        <translation>Dernière année des données</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="222"/>
        <source>Trajectory status</source>
        <translation>Situation de la trajectoire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="227"/>
        <source>Net new consumption (m²)</source>
        <translation>Consommation nouvelle nette (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="230"/>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="232"/>
        <source>Area covered by OCS GE (m²)</source>
        <translation>Surface couverte par l'OCS GE (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="233"/>
        <source>OCS GE coverage</source>
        <translation>Couverture OCS GE</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="234"/>
        <source>Net artificialisation (m²)</source>
        <translation>Artificialisation nette (m²)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="410"/>
        <source>All destinations</source>
        <translation>Toutes destinations</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="411"/>
        <source>Activities</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="412"/>
        <source>Housing</source>
        <translation>Habitat</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="413"/>
        <source>Mixed use</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="414"/>
        <source>Roads</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="415"/>
        <source>Railways</source>
        <translation>Ferroviaire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="416"/>
        <source>Unknown destination</source>
        <translation>Destination inconnue</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="421"/>
        <source>Legal</source>
        <translation>Légal</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="422"/>
        <source>Mon Diagnostic Artificialisation compatible</source>
        <translation>Compatible Mon Diagnostic Artificialisation</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="425"/>
        <source>Envelope exceeded</source>
        <translation>Enveloppe dépassée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="426"/>
        <source>At risk of exceeding</source>
        <translation>À risque de dépassement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="427"/>
        <source>On track</source>
        <translation>Dans la trajectoire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="430"/>
        <source>No: its own rate</source>
        <translation>Non : son propre taux</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="431"/>
        <source>Yes: the rate of a parent territory</source>
        <translation>Oui : le taux d'un territoire parent</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="456"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="457"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="441"/>
        <source>OCS GE (artif field)</source>
        <translation>OCS GE (champ artif)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="442"/>
        <source>OCS GE (CS × US matrix)</source>
        <translation>OCS GE (matrice CS × US)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="443"/>
        <source>U zones of the PLU</source>
        <translation>Zones U du PLU</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="444"/>
        <source>Nothing: the whole area counts</source>
        <translation>Rien : toute la surface compte</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="450"/>
        <source>Complete, same millésimes</source>
        <translation>Complète, mêmes millésimes</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="451"/>
        <source>Complete, different millésimes</source>
        <translation>Complète, millésimes différents</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="452"/>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="453"/>
        <source>Not covered</source>
        <translation>Non couvert</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="240"/>
        <source>at least {n} member activities</source>
        <translation>au moins {n} activités membres</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="241"/>
        <source>at least {n} dwellings</source>
        <translation>au moins {n} logements</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="242"/>
        <source>housing and 2 of shops, services, facilities ({k}/4)</source>
        <translation>habitat et 2 fonctions parmi commerces, services, équipements ({k}/4)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="243"/>
        <source>big-box share at most {p} %</source>
        <translation>part des grandes surfaces au plus {p} %</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="173"/>
        <source>Commune name</source>
        <translation>Nom de la commune</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="174"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="175"/>
        <source>Territory name</source>
        <translation>Nom du territoire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="238"/>
        <source>Perimeter id</source>
        <translation>Identifiant du périmètre</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="239"/>
        <source>Whole perimeter id</source>
        <translation>Identifiant du périmètre entier</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="240"/>
        <source>Split by commune</source>
        <translation>Découpé par commune</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="241"/>
        <source>Kind of perimeter</source>
        <translation>Type de périmètre</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="341"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="243"/>
        <source>Activities inside</source>
        <translation>Activités dans le périmètre</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="244"/>
        <source>Shops</source>
        <translation>Commerces</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="245"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="246"/>
        <source>Public facilities</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="247"/>
        <source>Member activities</source>
        <translation>Activités membres</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="248"/>
        <source>Distinct facility types</source>
        <translation>Types d'équipements distincts</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="249"/>
        <source>Facility type codes</source>
        <translation>Codes des types d'équipements</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="250"/>
        <source>Dwellings</source>
        <translation>Logements</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="251"/>
        <source>Function mix (0–1)</source>
        <translation>Mixité des fonctions (0–1)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="252"/>
        <source>Big-box share (0–1)</source>
        <translation>Part des grandes surfaces (0–1)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="253"/>
        <source>CENTRA-1 rules</source>
        <translation>Règles CENTRA-1</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="254"/>
        <source>Robustness</source>
        <translation>Robustesse</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="255"/>
        <source>Re-runs finding the perimeter (0–1)</source>
        <translation>Part des calculs retrouvant le périmètre (0–1)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="256"/>
        <source>Parameter fingerprint</source>
        <translation>Empreinte des paramètres</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="257"/>
        <source>Data vintages</source>
        <translation>Millésimes des données</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="258"/>
        <source>Overlap with agreed perimeter (IoU)</source>
        <translation>Recouvrement avec le périmètre validé (IoU)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="259"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="260"/>
        <source>Id in the source</source>
        <translation>Identifiant dans la source</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="261"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="262"/>
        <source>Facility or activity type</source>
        <translation>Type d'équipement ou d'activité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="263"/>
        <source>Group id</source>
        <translation>Identifiant du groupe</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="264"/>
        <source>Role in the group</source>
        <translation>Rôle dans le groupe</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="265"/>
        <source>Source rows merged</source>
        <translation>Lignes de la source fusionnées</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="373"/>
        <source>Reason for rejection</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="267"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="268"/>
        <source>Agreed perimeter id</source>
        <translation>Identifiant du périmètre validé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="269"/>
        <source>Agreed perimeter name</source>
        <translation>Nom du périmètre validé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="270"/>
        <source>Status of the agreed perimeter</source>
        <translation>Statut du périmètre validé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="271"/>
        <source>Computed perimeter id</source>
        <translation>Identifiant du périmètre calculé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="272"/>
        <source>Overlap (IoU)</source>
        <translation>Recouvrement (IoU)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="273"/>
        <source>Agreed perimeter area (ha)</source>
        <translation>Surface du périmètre validé (ha)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="274"/>
        <source>Computed perimeter area (ha)</source>
        <translation>Surface du périmètre calculé (ha)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="275"/>
        <source>Area difference (ha)</source>
        <translation>Écart de surface (ha)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="276"/>
        <source>Activities in both</source>
        <translation>Activités dans les deux</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="277"/>
        <source>Activities in the agreed one only</source>
        <translation>Activités dans le validé seulement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="278"/>
        <source>Activities in the computed one only</source>
        <translation>Activités dans le calculé seulement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="351"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="283"/>
        <source>Population in water cells</source>
        <translation>Population des mailles d'eau</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="284"/>
        <source>Population in rural cells</source>
        <translation>Population des mailles rurales</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="285"/>
        <source>Population in urban clusters</source>
        <translation>Population des agglomérations urbaines</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="286"/>
        <source>Population in urban centres</source>
        <translation>Population des centres urbains</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="287"/>
        <source>Population of the grid cells</source>
        <translation>Population des mailles</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="288"/>
        <source>Share in urban centres (0–1)</source>
        <translation>Part en centres urbains (0–1)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="289"/>
        <source>Degree of urbanisation</source>
        <translation>Degré d'urbanisation</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="290"/>
        <source>DEGURBA rule set</source>
        <translation>Jeu de règles DEGURBA</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="463"/>
        <source>Centrality</source>
        <translation>Centralité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="464"/>
        <source>Peripheral pole</source>
        <translation>Pôle périphérique</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="465"/>
        <source>Extension of a neighbouring centrality</source>
        <translation>Extension d'une centralité voisine</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="470"/>
        <source>Local</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="471"/>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="472"/>
        <source>Structuring</source>
        <translation>Structurante</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="475"/>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="476"/>
        <source>Fragile</source>
        <translation>Fragile</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="479"/>
        <source>Shop</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="480"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="481"/>
        <source>Public facility</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="484"/>
        <source>Core</source>
        <translation>Cœur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="485"/>
        <source>Border</source>
        <translation>Bordure</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="486"/>
        <source>Isolated</source>
        <translation>Isolée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="489"/>
        <source>Agreed perimeter</source>
        <translation>Périmètre validé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="490"/>
        <source>Computed perimeter, not agreed</source>
        <translation>Périmètre calculé, non validé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="493"/>
        <source>Under discussion</source>
        <translation>En discussion</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="494"/>
        <source>Agreed</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="495"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="501"/>
        <source>Unpopulated</source>
        <translation>Non peuplée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="502"/>
        <source>Rural area (thinly populated)</source>
        <translation>Zone rurale (peu dense)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="503"/>
        <source>Town or suburb (intermediate density)</source>
        <translation>Petite ville ou banlieue (densité intermédiaire)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="504"/>
        <source>City (densely populated)</source>
        <translation>Ville (densément peuplée)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="509"/>
        <source>Whole territory</source>
        <translation>Territoire entier</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="346"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="296"/>
        <source>Full name of the zone</source>
        <translation>Libellé long de la zone</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="297"/>
        <source>Type of zone</source>
        <translation>Type de zone</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="298"/>
        <source>Main use</source>
        <translation>Destination dominante</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="299"/>
        <source>Main urban form</source>
        <translation>Forme urbaine dominante</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="300"/>
        <source>Short label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="301"/>
        <source>Prescription type</source>
        <translation>Type de prescription</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="302"/>
        <source>Prescription subtype</source>
        <translation>Sous-type de prescription</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="303"/>
        <source>Information type</source>
        <translation>Type d'information</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="304"/>
        <source>Information subtype</source>
        <translation>Sous-type d'information</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="305"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="306"/>
        <source>Regulation file</source>
        <translation>Fichier du règlement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="307"/>
        <source>Regulation link</source>
        <translation>Lien vers le règlement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="308"/>
        <source>Planning document identifier</source>
        <translation>Identifiant du document d'urbanisme</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="309"/>
        <source>Validation date</source>
        <translation>Date de validation</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="311"/>
        <source>Regulatory zone code</source>
        <translation>Code de la zone réglementaire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="312"/>
        <source>Regulatory zone</source>
        <translation>Zone réglementaire</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="313"/>
        <source>Type of regulation</source>
        <translation>Type de règlement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="314"/>
        <source>Table written</source>
        <translation>Table écrite</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="315"/>
        <source>Layer read</source>
        <translation>Couche lue</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="574"/>
        <source>Feature</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="382"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="318"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="319"/>
        <source>Departure from the standard</source>
        <translation>Écart au standard</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="354"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="514"/>
        <source>U - urban zone</source>
        <translation>U - zone urbaine</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="515"/>
        <source>AUc - zone to be urbanised</source>
        <translation>AUc - zone à urbaniser</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="516"/>
        <source>AUs - zone to be urbanised later (blocked)</source>
        <translation>AUs - zone à urbaniser bloquée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="517"/>
        <source>A - agricultural zone</source>
        <translation>A - zone agricole</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="518"/>
        <source>N - natural and forest zone</source>
        <translation>N - zone naturelle et forestière</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="521"/>
        <source>Prescriptions outside hazard zone</source>
        <translation>Prescriptions hors zone d'aléa</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="522"/>
        <source>Prescriptions</source>
        <translation>Prescriptions</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="523"/>
        <source>Ban</source>
        <translation>Interdiction</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="524"/>
        <source>Strict ban</source>
        <translation>Interdiction stricte</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="525"/>
        <source>Possible relinquishment</source>
        <translation>Délaissement possible</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="526"/>
        <source>Possible expropriation</source>
        <translation>Expropriation possible</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="529"/>
        <source>Required field missing</source>
        <translation>Champ obligatoire absent</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="530"/>
        <source>Field outside the standard</source>
        <translation>Champ hors standard</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="531"/>
        <source>Required value empty</source>
        <translation>Valeur obligatoire vide</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="532"/>
        <source>Value outside the code list</source>
        <translation>Valeur hors de la liste de codes</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="533"/>
        <source>Value of the wrong form</source>
        <translation>Valeur de forme incorrecte</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="534"/>
        <source>Value too long</source>
        <translation>Valeur trop longue</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="535"/>
        <source>Code of no commune</source>
        <translation>Code d'aucune commune</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="615"/>
        <source>No geometry</source>
        <translation>Pas de géométrie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="617"/>
        <source>Invalid geometry</source>
        <translation>Géométrie invalide</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="324"/>
        <source>Focal node A</source>
        <translation>Nœud focal A</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="325"/>
        <source>Focal node B</source>
        <translation>Nœud focal B</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="326"/>
        <source>Effective resistance (Ω)</source>
        <translation>Résistance effective (Ω)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="550"/>
        <source>Connected</source>
        <translation>Connectée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="544"/>
        <source>Disconnected (infinite resistance)</source>
        <translation>Déconnectée (résistance infinie)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="337"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="338"/>
        <source>Rule title</source>
        <translation>Intitulé de la règle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="339"/>
        <source>Legal relation</source>
        <translation>Rapport juridique</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="366"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="342"/>
        <source>Level key</source>
        <translation>Clé de l'échelle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="343"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="344"/>
        <source>Layer checked</source>
        <translation>Couche vérifiée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="345"/>
        <source>Feature checked</source>
        <translation>Objet vérifié</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="348"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="349"/>
        <source>Measured value</source>
        <translation>Valeur mesurée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="350"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="352"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="353"/>
        <source>Warning limit</source>
        <translation>Limite d'alerte</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="355"/>
        <source>Why not evaluated</source>
        <translation>Motif de non-évaluation</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="356"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="357"/>
        <source>Document cited</source>
        <translation>Document cité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="358"/>
        <source>Article cited</source>
        <translation>Article cité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="359"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="361"/>
        <source>Evidence drawn</source>
        <translation>Preuve dessinée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="557"/>
        <source>Respected</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="558"/>
        <source>To be examined</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="559"/>
        <source>Deviation to be assessed</source>
        <translation>Écart à apprécier</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="560"/>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="561"/>
        <source>Not evaluable</source>
        <translation>Non évaluable</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="564"/>
        <source>Compatibility</source>
        <translation>Compatibilité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="565"/>
        <source>Conformity</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="566"/>
        <source>Taking into account</source>
        <translation>Prise en compte</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="567"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="570"/>
        <source>Deviation</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="571"/>
        <source>Warning only</source>
        <translation>Alerte seulement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="575"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="576"/>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="577"/>
        <source>SCoT</source>
        <translation>SCoT</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="584"/>
        <source>dwellings/ha</source>
        <translation>logements/ha</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="588"/>
        <source>Part outside the reference</source>
        <translation>Partie hors de la référence</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="589"/>
        <source>Overlap with the reference</source>
        <translation>Recouvrement avec la référence</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="590"/>
        <source>Shortest line to the reference</source>
        <translation>Plus courte ligne vers la référence</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="365"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="380"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="368"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="369"/>
        <source>How to fix it</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="596"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="597"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="600"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="601"/>
        <source>GeoPackage signature</source>
        <translation>Signature GeoPackage</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="602"/>
        <source>SQLite integrity</source>
        <translation>Intégrité SQLite</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="603"/>
        <source>GeoPackage tables</source>
        <translation>Tables GeoPackage</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="604"/>
        <source>Spatial reference systems</source>
        <translation>Systèmes de référence spatiale</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="605"/>
        <source>Contents (gpkg_contents)</source>
        <translation>Contenu (gpkg_contents)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="606"/>
        <source>Geometry columns</source>
        <translation>Colonnes géométriques</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="607"/>
        <source>Spatial index</source>
        <translation>Index spatial</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="608"/>
        <source>Foreign keys</source>
        <translation>Clés étrangères</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="609"/>
        <source>AULA schema</source>
        <translation>Schéma AULA</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="177"/>
        <source>Maximum current density (A)</source>
        <translation>Densité de courant maximale (A)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="178"/>
        <source>Mean current density (A)</source>
        <translation>Densité de courant moyenne (A)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="180"/>
        <source>Links (identifiers)</source>
        <translation>Liaisons (identifiants)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="181"/>
        <source>Link identifier</source>
        <translation>Identifiant de la liaison</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="182"/>
        <source>Cost to resistance ratio</source>
        <translation>Rapport coût/résistance</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="183"/>
        <source>Corridor area (ha)</source>
        <translation>Surface du corridor (ha)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="184"/>
        <source>Current density at the crossing (A)</source>
        <translation>Densité de courant au croisement (A)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="185"/>
        <source>Score × current factor</source>
        <translation>Score × facteur de courant</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="331"/>
        <source>Pinch point identifier</source>
        <translation>Identifiant du point de pincement</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="332"/>
        <source>Effective resistance (friction units)</source>
        <translation>Résistance effective (unités de friction)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="551"/>
        <source>Not connected within the corridor width</source>
        <translation>Non reliés dans la largeur du corridor</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="374"/>
        <source>Features rejected</source>
        <translation>Entités rejetées</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="375"/>
        <source>Examples (feature and key)</source>
        <translation>Exemples (entité et clé)</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="376"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="381"/>
        <source>Feature key</source>
        <translation>Clé de l'entité</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="383"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="384"/>
        <source>Value at the checkout</source>
        <translation>Valeur à l'extraction</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="385"/>
        <source>Master&apos;s value</source>
        <translation>Valeur du maître</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="386"/>
        <source>Copy&apos;s value</source>
        <translation>Valeur de la copie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="387"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="616"/>
        <source>Geometry of the wrong type</source>
        <translation>Géométrie du mauvais type</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="618"/>
        <source>Required value missing</source>
        <translation>Valeur obligatoire manquante</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="619"/>
        <source>Unknown code</source>
        <translation>Code inconnu</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="620"/>
        <source>No key value</source>
        <translation>Pas de valeur de clé</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="621"/>
        <source>Duplicate key</source>
        <translation>Clé en double</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="622"/>
        <source>Key already in the layer</source>
        <translation>Clé déjà dans la couche</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="628"/>
        <source>Edited on both sides</source>
        <translation>Modifiée des deux côtés</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="629"/>
        <source>Deleted in the master, edited in the copy</source>
        <translation>Supprimée dans le maître, modifiée dans la copie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="632"/>
        <source>Edited in the master, deleted in the copy</source>
        <translation>Modifiée dans le maître, supprimée dans la copie</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="637"/>
        <source>Master&apos;s value kept</source>
        <translation>Valeur du maître gardée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="638"/>
        <source>Copy&apos;s value kept</source>
        <translation>Valeur de la copie gardée</translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="639"/>
        <source>Undecided</source>
        <translation>Non tranché</translation>
    </message>
</context>
</TS>
