<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AggregateIndicators</name>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="62"/>
        <source>Aggregate indicators to a parent level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="65"/>
        <source>aggregate,sum,rate,ratio,epci,scot,commune,indicator,agréger,taux,somme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="70"/>
        <source>Input layer (communes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="73"/>
        <source>Layer or table holding one feature per commune (or any member unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="78"/>
        <source>Parent key field (empty: whole territory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="85"/>
        <source>Field of the input layer giving each feature&apos;s parent (e.g. epci_siren, scot_id). Empty: the whole layer is one group, keyed territoire = ensemble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="93"/>
        <source>Fields to sum (counts, stocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="101"/>
        <source>Numeric fields summed per parent (population, dwellings, areas). Never put a rate here: give it in the rates table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="109"/>
        <source>Rates (ratio of sums)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="109"/>
        <source>Output field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="109"/>
        <source>Numerator field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="109"/>
        <source>Denominator field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="109"/>
        <source>Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="131"/>
        <source>Parent layer (optional, for geometries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="137"/>
        <source>Layer of the parents (e.g. EPCI polygons). When given, each output row gets its parent&apos;s geometry and the output its CRS; otherwise the output is a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="145"/>
        <source>Key field of the parent layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="152"/>
        <source>Field of the parent layer matching the parent key field (compared as text). Empty: the field of the parent layer named like the parent key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="177"/>
        <source>Aggregated indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="213"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="233"/>
        <source>{layer}: a parent layer ({parent_layer}) needs a parent key field in the input layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="301"/>
        <source>{layer}: {count} parent(s) written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="160"/>
        <source>Name field of the parent layer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="167"/>
        <source>Field of the parent layer giving each parent&apos;s name (nom_territoire column). Empty: the name field of the parents&apos; kind (epci_nom for epci_siren), else nom or name; without a parent layer, the input&apos;s field of that kind (epci_nom), when all the members of a parent give the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="180"/>
        <source>One row per parent: parent key, nb_features, the sums, the rates and the parent&apos;s name; with the parents&apos; geometries when a parent layer is given, else a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="122"/>
        <source>One row per rate: output field, numerator field, denominator field, multiplier (empty = 1). Computed as Σ numerator / Σ denominator × multiplier. From a script: see the README.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AulaAlgorithm</name>
    <message>
        <location filename="../processing/base.py" line="83"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="84"/>
        <source>Green and blue network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="85"/>
        <source>Centralities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="86"/>
        <source>ZAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="87"/>
        <source>SCoT compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="54"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="88"/>
        <source>Data package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AulaPlugin</name>
    <message>
        <location filename="../aula_plugin/plugin.py" line="59"/>
        <source>Open the territory project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="62"/>
        <source>Indicator fact sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="66"/>
        <source>Choose the working folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="69"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="63"/>
        <source>SCoT compatibility results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AulaProvider</name>
    <message>
        <location filename="../processing/provider.py" line="23"/>
        <source>AULA Territoires {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentraParameters</name>
    <message>
        <location filename="../processing/centralities_parameters.py" line="113"/>
        <source>BPE (INSEE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="114"/>
        <source>SIRENE (geolocated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="115"/>
        <source>Any point layer with a function field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="119"/>
        <source>Function field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="119"/>
        <source>C, S, E (or commerce, service, équipement); X excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="119"/>
        <source>Type field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="119"/>
        <source>Equipment type, for the level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="119"/>
        <source>Identifier field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="119"/>
        <source>Stable identifier of a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="141"/>
        <source>Commune code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="141"/>
        <source>Commune name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="146"/>
        <source>Dwellings field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="155"/>
        <source>Activity points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="155"/>
        <source>BPE equipment, SIRENE establishments or any point layer with a function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="161"/>
        <source>Format of the activity points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="161"/>
        <source>BPE: TYPEQU codes; SIRENE: NAF codes; both mapped to functions with the versioned tables shipped with the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="174"/>
        <source>Skip unknown codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="174"/>
        <source>Otherwise unknown codes stop the run and are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="180"/>
        <source>Dwelling points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="180"/>
        <source>Points with a number of dwellings (e.g. Fichiers fonciers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="189"/>
        <source>Number of dwellings of each point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="190"/>
        <source>Dwellings grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="190"/>
        <source>Raster of dwellings per cell, area-weighted (instead of dwelling points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="198"/>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="198"/>
        <source>Perimeters are split by commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="208"/>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="208"/>
        <source>Railways, motorways, wide rivers: links crossing a line are cut; polygons also cut links and are removed from the perimeters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="226"/>
        <source>Counted inside the perimeter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="227"/>
        <source>Level thresholds (equipment types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="232"/>
        <source>Proximity; intermediate; structuring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="233"/>
        <source>Peripheral pole: share of big-box activities above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="233"/>
        <source>Hypermarkets, supermarkets and other big-box formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="243"/>
        <source>Link distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="243"/>
        <source>Activities at most this far apart are linked (100 m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="251"/>
        <source>Core points: minimum points within the link distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="251"/>
        <source>The point itself included (4: at least 3 neighbours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="258"/>
        <source>Minimum activities per centrality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="258"/>
        <source>Members of a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="265"/>
        <source>Minimum shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="272"/>
        <source>Minimum services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="279"/>
        <source>Minimum facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="286"/>
        <source>Minimum dwellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="293"/>
        <source>Closing distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="293"/>
        <source>The envelope is buffered by +c then −c to remove notches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="301"/>
        <source>Holes filled below (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="301"/>
        <source>Courtyards are filled, parks are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="340"/>
        <source>Robustness (9 runs with neighbouring parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="345"/>
        <source>Agreed perimeters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="352"/>
        <source>Stable if the perimeter is found again in 7 of the 9 runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="356"/>
        <source>Perimeters agreed with elected officials (read only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="368"/>
        <source>Parameters and checksums (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="368"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="375"/>
        <source>Default: beside the centralities file, same name with .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="379"/>
        <source>Centralities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="380"/>
        <source>Activity points with their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="386"/>
        <source>Rejected candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/centralities_parameters.py" line="392"/>
        <source>Comparison with the agreed perimeters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Centralities</name>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="113"/>
        <source>Urban centralities (CENTRA-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="116"/>
        <source>centrality,centralité,daacl,scot,bpe,sirene,dbscan,commerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="150"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="156"/>
        <source>{layer}: choose the function field (C, S, E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="138"/>
        <source>{layer}: field {field} is missing (fields found: {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="169"/>
        <source>Give either dwelling points or a dwellings grid, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="185"/>
        <source>{layer}: the dwellings grid cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="189"/>
        <source>{layer}: the dwellings grid needs a projected CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="206"/>
        <source>{layer}: barriers must be vector layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="244"/>
        <source>Rule set {rules}, parameters {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="286"/>
        <source>{c} centralities, {p} peripheral poles, {r} rejected candidates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralitySheet</name>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="90"/>
        <source>Centrality explanation sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="93"/>
        <source>centrality,centralité,fiche,sheet,PDF,layout,élus,CENTRA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="101"/>
        <source>Centralities (perimeters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="106"/>
        <source>The centralites layer written by aula:centralities (same fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="110"/>
        <source>Activity points (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="116"/>
        <source>The centralites_points layer (fields function and role), drawn on the maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="120"/>
        <source>Perimeter ids (optional, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="123"/>
        <source>Values of the id field; empty: every perimeter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="125"/>
        <source>Selected perimeters only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="128"/>
        <source>Only the perimeters selected in the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="130"/>
        <source>Background layers (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="136"/>
        <source>Drawn under the perimeters, e.g. the communes; a polygon layer with an INSEE code field (insee, insee_com…) also gives the commune boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="143"/>
        <source>Explanation sheets (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="143"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="146"/>
        <source>One A4 portrait page per perimeter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="148"/>
        <source>Number of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="156"/>
        <source>{layer}: missing field(s) {fields} (expected: {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="171"/>
        <source>{layer}: no perimeter is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="184"/>
        <source>{layer}: unknown perimeter id(s) {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="195"/>
        <source>{layer}: no perimeter to describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="234"/>
        <source>{layer}: geographic coordinates, the maps are drawn in {crs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="261"/>
        <source>No mapping table found in resources/centralities: types shown as codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="274"/>
        <source>Perimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="274"/>
        <source>Commune boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="292"/>
        <source>The PDF could not be written to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="298"/>
        <source>{count} sheet(s) written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="115"/>
        <source>centrality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="116"/>
        <source>peripheral pole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="117"/>
        <source>extension of a neighbouring centrality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="126"/>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="127"/>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="128"/>
        <source>structuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="164"/>
        <source>{commune} — {kind}, {level} level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="168"/>
        <source>{commune} — {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="176"/>
        <source>Perimeter {id} · commune {insee} · {area} ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="180"/>
        <source>{n} member activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="184"/>
        <source>part of perimeter {parent}, split by commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="417"/>
        <source>Shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="418"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="419"/>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="203"/>
        <source>Dwellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="204"/>
        <source>Member activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="205"/>
        <source>Activities inside (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="70"/>
        <source>Overlap with the agreed perimeter (centralites_validees): IoU {iou}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="237"/>
        <source>Equipment and activity types ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="71"/>
        <source>Method CENTRA-1 (AULA Territoires) · parameters {hash} · data: {vintages} · sheet made on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="227"/>
        <source>computed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="232"/>
        <source>SYNTHETIC — synthetic data, not for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="72"/>
        <source>Centrality explanation sheet {n} / {total} — AULA Territoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="237"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="237"/>
        <source>Inside the perimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="237"/>
        <source>Rule minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="237"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="236"/>
        <source>Rules of the CENTRA-1 method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="275"/>
        <source>At least {min} member activities ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="278"/>
        <source>At least {min} dwellings ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="74"/>
        <source>Housing and at least 2 of shops, services, facilities ({k}/4 functions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="287"/>
        <source>Big-box share at most {max} % ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="294"/>
        <source>No rule recorded (rules_passed is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="300"/>
        <source>Robustness: not computed (re-runs not asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="302"/>
        <source>stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="303"/>
        <source>fragile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="75"/>
        <source>Robustness: {state}, perimeter found in {k} of the {n} runs on neighbouring parameters (IoU ≥ 0.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="313"/>
        <source>No type recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="317"/>
        <source>… and {n} more (see the types field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="339"/>
        <source>Centralities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="76"/>
        <source>Activities (size: core &gt; border &gt; isolated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="421"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_sheet_content.py" line="73"/>
        <source>Rules of the CENTRA-1 method, checked on the whole perimeter {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="249"/>
        <source>{layer}: {count} perimeter(s) without geometry have no sheet: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="240"/>
        <source>{layer} is a PostGIS layer: the run&apos;s parameters and date, written beside a GeoPackage output (JSON file), are not available; the sheet shows the perimeters&apos; own fields only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPackage</name>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="47"/>
        <source>Check the territory GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="50"/>
        <source>integrity,intégrité,check,vérifier,geopackage,gpkg,index spatial,spatial index,rtree,schéma,schema,paquet,package,corruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="56"/>
        <source>GeoPackage to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="63"/>
        <source>By default your working copy of the territory GeoPackage; any GeoPackage can be checked. It is only read, never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="70"/>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="75"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="76"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="107"/>
        <source>{path}: {errors} error(s), {warnings} warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkpackage.py" line="110"/>
        <source>{path}: no problem found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutPackage</name>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="34"/>
        <source>Check out an offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="37"/>
        <source>offline,hors ligne,copy,copie,checkout,extraction,terrain,field,réunion,merge,fusion,geopackage,gpkg,paquet,package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="43"/>
        <source>Master GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="50"/>
        <source>The package the offline edits will be merged back into, by default your working copy. It is only read; a snapshot of it is kept beside it, in the hidden folder .aula_checkouts, as the base of the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="58"/>
        <source>Offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="58"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="61"/>
        <source>The copy to take away and edit (any name and folder): it opens the territory project with its own layers. Merge it back with « Merge an offline copy ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="68"/>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="69"/>
        <source>Base snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/checkoutpackage.py" line="89"/>
        <source>Offline copy {copy} of {master} (checkout {checkout}); base: {base}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircuitFlow</name>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="92"/>
        <source>Current flow (circuit theory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="95"/>
        <source>tvb,circuitscape,current,circuit,resistance,courant,trame verte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="98"/>
        <source>Resistance raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="99"/>
        <source>Band 1; nodata = impassable; EPSG:2154 expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="101"/>
        <source>Values are resistances (unchecked: conductances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="108"/>
        <source>Focal nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="117"/>
        <source>Points or polygons (e.g. reservoirs); or a raster of ids below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="119"/>
        <source>Focal node identifier (empty: feature id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="126"/>
        <source>Positive integers; features sharing an id form one region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="128"/>
        <source>Focal nodes raster (ids &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="131"/>
        <source>Same grid as the resistance raster, as in Circuitscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="133"/>
        <source>Short-circuit regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="139"/>
        <source>Each polygon is one node of zero resistance (e.g. a lake).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="141"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="141"/>
        <source>Pairwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="141"/>
        <source>One-to-all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="141"/>
        <source>All-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="149"/>
        <source>Four neighbours only (else eight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="154"/>
        <source>Average conductances between cells (else resistances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="161"/>
        <source>Voltage maps in the per-pair folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="166"/>
        <source>Effective resistances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="171"/>
        <source>One row per pair; NULL and connected = 0 when disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="173"/>
        <source>Resistance matrix (Circuitscape layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="173"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="180"/>
        <source>As Circuitscape's _resistances.out: −1 for disconnected pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="182"/>
        <source>Cumulative current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="185"/>
        <source>Float32 GeoTIFF (A); nodata on impassable cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="187"/>
        <source>Maximum current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="192"/>
        <source>Per-pair maps folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="198"/>
        <source>curmap_a_b.tif (and voltmap_a_b.tif) for every pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="209"/>
        <source>Give the focal nodes either as a layer or as a raster of ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="250"/>
        <source>Grid: {grid}; {n} focal nodes; mode {mode}; solver: {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="314"/>
        <source>{n} disconnected pairs or nodes: resistance NULL, connected = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/circuitflow.py" line="362"/>
        <source>{layer}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPoints</name>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="364"/>
        <source>Conflict points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="116"/>
        <source>tvb,corridor,road,railway,conflict,barrier,crossing,point de conflit,route,voie ferrée,obstacle,infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="122"/>
        <source>Corridors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="125"/>
        <source>Corridor lines with from_id, to_id and cost (aula:leastcostcorridors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="129"/>
        <source>Link importance field (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="136"/>
        <source>Empty: computed as the PC drop from the reservoirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="138"/>
        <source>Reservoirs (for the PC drop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="138"/>
        <source>Patches of the graph, needed without an importance field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="145"/>
        <source>Reservoir identifier field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="149"/>
        <source>Transport infrastructure (lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="155"/>
        <source>Line layers whose class field gives the class of each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="157"/>
        <source>Infrastructure class field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="160"/>
        <source>Field of every infrastructure layer holding the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="162"/>
        <source>Infrastructure name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="165"/>
        <source>Copied to infra_name when the layer has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="167"/>
        <source>Railways (optional, class voie_ferree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="173"/>
        <source>Every line of this layer has the class voie_ferree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="175"/>
        <source>Class weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="178"/>
        <source>class=weight pairs separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="180"/>
        <source>Watercourse obstacles (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="186"/>
        <source>Points or lines of obstacles, class obstacle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="250"/>
        <source>Obstacle point search distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="195"/>
        <source>An obstacle point this close to a corridor cuts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="232"/>
        <source>Give the reservoirs (to compute the PC drop of each link) or an importance field of {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="263"/>
        <source>{layer}: the class field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="271"/>
        <source>Give at least one infrastructure layer, railway layer or obstacle layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="278"/>
        <source>Class weights: cannot read {entries} (expected class=weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="335"/>
        <source>Infrastructure classes without a weight in the class weights: {classes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="365"/>
        <source>{points} conflict points on {corridors} corridors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="315"/>
        <source>{layer}: no corridor with a geometry, from_id and to_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="219"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="223"/>
        <source>corridors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="197"/>
        <source>Current density (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="200"/>
        <source>E.g. from aula:pinchpoints: score × (1 + current / largest current).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectivityMetrics</name>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="72"/>
        <source>Connectivity metrics (PC, IIC, dPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="75"/>
        <source>tvb,graph,connectivity,pc,iic,ec,dpc,graphab,conefor,graphe paysager,connectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="80"/>
        <source>Reservoirs (patches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="80"/>
        <source>Habitat patches, for example the output of aula:reservoirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="86"/>
        <source>Identifier field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="88"/>
        <source>Links (patch graph or corridors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="91"/>
        <source>Table or lines with the fields from_id, to_id and cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="95"/>
        <source>IIC threshold (cost units; empty: d0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="103"/>
        <source>Links whose cost is at most this value connect for IIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="105"/>
        <source>Landscape area A_L (ha; 0: bounding box of the patches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="112"/>
        <source>Study area in ha, kept constant (AULA territory: 214,169 ha).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="209"/>
        <source>Patches with dPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="117"/>
        <source>The patches with capacity, dPC, dPCintra, dPCflux, dPCconnector, dIIC (%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="218"/>
        <source>Landscape connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="128"/>
        <source>One row: PC, PCnum, EC, IIC, counts, alpha, d0, p0, units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="180"/>
        <source>Landscape area: {area} ha (bounding box of the patches); give the study area&apos;s to compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="187"/>
        <source>The patches cover more than the landscape area ({total} &gt; {area} ha): PC may exceed 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="219"/>
        <source>{patches} patches, {links} links: PC = {pc:.6g}, EC = {ec:.6g} ha, IIC = {iic:.6g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="135"/>
        <source>Landscape area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="161"/>
        <source>IIC threshold (cost units)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostDistance</name>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="80"/>
        <source>Cost distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="83"/>
        <source>tvb,cost,friction,dispersal,r.cost,corridor,coût,trame verte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="86"/>
        <source>Friction raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="87"/>
        <source>Band 1; nodata = impassable; EPSG:2154 expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="89"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="97"/>
        <source>Points or polygons (e.g. reservoirs), labelled in fid order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="99"/>
        <source>Maximum cost (0 = unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="106"/>
        <source>In the cost units below; cells beyond it are nodata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="108"/>
        <source>Knight&apos;s move (16 neighbours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="111"/>
        <source>More accurate directions, slower (r.cost -k).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="114"/>
        <source>Start cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="122"/>
        <source>Cost of the source cells: 0, or 1 as in BioDispersal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="124"/>
        <source>Accumulated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="125"/>
        <source>Float32 GeoTIFF, nodata -1 (unreachable or beyond the maximum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="127"/>
        <source>Nearest source (allocation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="133"/>
        <source>Int32 label of the source reaching each cell; nodata 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="135"/>
        <source>Dispersal areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="142"/>
        <source>Cells within the maximum cost, one polygon per source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="144"/>
        <source>Passes of the solver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="155"/>
        <source>{layer}: the source layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="169"/>
        <source>The maximum cost and the start cost must be positive or zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="175"/>
        <source>The start cost ({start}) exceeds the maximum cost ({max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="200"/>
        <source>Dispersal areas need a maximum cost above 0: they are not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="216"/>
        <source>Grid: {grid}; {n} source cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="247"/>
        <source>{n} cells reached; highest cost {peak:g} ({units})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="300"/>
        <source>{layer}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="172"/>
        <source>Maximum cost (MAX_COST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="173"/>
        <source>Start cost (START_COST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="236"/>
        <source>Solved in {n} passes (down and up sweeps over the rows or the columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="237"/>
        <source>Solved by a wave in cost order (friction changing at almost every cell): {n} passes&apos; worth of relaxations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="238"/>
        <source>Solved by a wave in cost order after the sweeps stalled: {n} passes in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Degurba</name>
    <message>
        <location filename="../aula_plugin/gis/degurba.py" line="47"/>
        <source>{layer}: every cell is nodata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/degurba.py" line="48"/>
        <source>{layer} is not on the grid of {pop}: {cols} × {rows} cells from ({x}, {y}), cell {size}, expected {pcols} × {prows} from ({px}, {py}), cell {psize}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/degurba.py" line="52"/>
        <source>{layer} and {pop} have different CRS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DegurbaGrid</name>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="85"/>
        <source>Degree of Urbanisation grid (DEGURBA level 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="88"/>
        <source>degurba,urbanisation,urban centre,cluster,ghsl,grid,grille,densité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="93"/>
        <source>Population grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="93"/>
        <source>Inhabitants per cell (e.g. GHS-POP), nodata = missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="93"/>
        <source>Built-up surface grid (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="93"/>
        <source>Built-up surface in m² per cell (e.g. GHS-BUILT-S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="93"/>
        <source>Land surface grid (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="93"/>
        <source>Permanent land surface in m² per cell (the cell area minus water).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="114"/>
        <source>Edge smoothing (majority rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="114"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="120"/>
        <source>R2023A: majority of the neighbours that are land or populated; R2022A: 5 of the 8 neighbours; None: no smoothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="128"/>
        <source>Built-up criterion for urban centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="128"/>
        <source>Cells whose built-up share of land reaches the threshold are dense even below the density threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="137"/>
        <source>Built-up share threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="137"/>
        <source>0.5 in R2022A; 0.2 for 2020 data in R2023A (flexurba default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="145"/>
        <source>Urban centre density (inhabitants/km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="145"/>
        <source>Density threshold of urban centre cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="153"/>
        <source>Urban centre population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="153"/>
        <source>Minimum population of an urban centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="161"/>
        <source>Urban centre contiguity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="200"/>
        <source>Rook (4 neighbours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="200"/>
        <source>Queen (8 neighbours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="167"/>
        <source>Rook in the method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="169"/>
        <source>Fill gaps in urban centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="169"/>
        <source>Fill holes enclosed by an urban centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="175"/>
        <source>Largest gap filled (cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="182"/>
        <source>14 cells of 1 km² in the method (gaps under 15 km²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="184"/>
        <source>Urban cluster density (inhabitants/km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="184"/>
        <source>Density threshold of urban cluster cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="192"/>
        <source>Urban cluster population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="192"/>
        <source>Minimum population of an urban cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="200"/>
        <source>Urban cluster contiguity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="206"/>
        <source>Queen in the method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="208"/>
        <source>Water: land share below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="208"/>
        <source>Unpopulated cells without built-up surface and with a smaller land share are water.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="219"/>
        <source>Strict thresholds (&gt; instead of ≥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="219"/>
        <source>“More than” as in Eurostat and INSEE texts; GHSL uses ≥.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="226"/>
        <source>Communes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="232"/>
        <source>Polygons classified from the share of their population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="234"/>
        <source>Commune identifier field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="240"/>
        <source>Copied to the commune output (e.g. the INSEE code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="243"/>
        <source>DEGURBA level 1 grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="246"/>
        <source>Byte raster: 3 urban centre, 2 urban cluster, 1 rural, 0 water.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="248"/>
        <source>Communes classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="255"/>
        <source>Population by class, share in centres and class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="294"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="372"/>
        <source>Rule set: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="374"/>
        <source>water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="375"/>
        <source>rural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="376"/>
        <source>urban cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="377"/>
        <source>urban centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="380"/>
        <source>{label}: {cells} cells, {pop} inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="281"/>
        <source>DEGURBA grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DilatationErosion</name>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="68"/>
        <source>Dilatation-erosion (continuums)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="71"/>
        <source>tvb,trame verte et bleue,continuum,dilatation,erosion,closing,corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="76"/>
        <source>Habitat (friction raster or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="81"/>
        <source>A friction raster of the sub-network, or habitat polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="83"/>
        <source>Habitat: friction at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="90"/>
        <source>Raster input only; NaN and nodata are never habitat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="92"/>
        <source>Written in the sous_trame field and in the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="95"/>
        <source>Dispersal distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="102"/>
        <source>Habitat grows then shrinks by half this distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="104"/>
        <source>Resolution for polygons (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="111"/>
        <source>Cell size used to rasterise habitat polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="113"/>
        <source>Minimum continuum area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="120"/>
        <source>Smaller continuums are dropped (≥ is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="122"/>
        <source>Continuums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="125"/>
        <source>Fields id, sous_trame, surface_ha; Lambert-93.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="127"/>
        <source>Continuum raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="133"/>
        <source>Byte GeoTIFF: 1 in a continuum, 0 elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="139"/>
        <source>Habitat: the layer is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="140"/>
        <source>habitat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="146"/>
        <source>{layer}: habitat must be a raster or polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="152"/>
        <source>{layer}: the habitat layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="171"/>
        <source>The distance must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="225"/>
        <source>{count} continuums (distance {distance} m: grown and shrunk by {half} m), {dropped} under {min} ha dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="162"/>
        <source>Resolution (RESOLUTION)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="174"/>
        <source>Dispersal distance (DISTANCE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactSheetDock</name>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="163"/>
        <source>AULA fact sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="178"/>
        <source>The territory the cards and bars compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="179"/>
        <source>&amp;Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="180"/>
        <source>&amp;Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="183"/>
        <source>Figures as CSV (long format)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="184"/>
        <source>Charts as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="185"/>
        <source>Sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="216"/>
        <source>No indicators read from {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="256"/>
        <source>Nearest parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="289"/>
        <source>Choose a territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="312"/>
        <source>Only the populations of the territory package: import indicators (INSEE comparateur) into the working copy for the whole sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="378"/>
        <source>Vintage: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="508"/>
        <source>Source: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="395"/>
        <source>{vintage} · source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="482"/>
        <source>No figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="491"/>
        <source>{territory}: {rate} {unit} ({start}-{end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="527"/>
        <source>Sources: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="580"/>
        <source>Export the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="580"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="573"/>
        <source>Could not write {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="616"/>
        <source>Export the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="625"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="626"/>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="633"/>
        <source>Folder for the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="642"/>
        <source>{} charts written to {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="470"/>
        <source>Drawing the chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="516"/>
        <source>… and {} more notes: see each figure's tooltip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="566"/>
        <source>Export the sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactSheetExport</name>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="44"/>
        <source>Export the communes&apos; fact sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="47"/>
        <source>fact sheet,fiche,chiffres clés,key figures,PDF,layout,commune,epci,indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="56"/>
        <source>Communes (territory GeoPackage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="61"/>
        <source>The commune table of the AULA territory GeoPackage or of its working copy: the communes&apos; parents and the indicator tables are read from that GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="68"/>
        <source>Territory (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="71"/>
        <source>Code of the territory whose communes get a sheet: an EPCI SIREN, a SCoT, pôle or agency id, a département; a commune's INSEE code gives its sheet alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="78"/>
        <source>Sheet definition (YAML, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="84"/>
        <source>Empty: the default sheet « Chiffres clés ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="86"/>
        <source>Other indicator GeoPackage (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="92"/>
        <source>A GeoPackage holding indicator tables, read besides the communes&apos; own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="96"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="99"/>
        <source>Receives one PDF per commune, named after its INSEE code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="114"/>
        <source>Number of sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="122"/>
        <source>Give the territory code (TERRITORY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="153"/>
        <source>The sheets could not be written to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="159"/>
        <source>{count} sheet(s) written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="101"/>
        <source>Sheets of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="101"/>
        <source>each commune of the territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="101"/>
        <source>the territory itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="107"/>
        <source>Each commune of the territory gets its sheet, or the territory gets one sheet (an EPCI compared with its SCoT, the agency's area and the département).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/factsheetexport.py" line="137"/>
        <source>{territory}: {count} sheet(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrictionFromLandcover</name>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="84"/>
        <source>Friction from land cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="87"/>
        <source>tvb,trame verte et bleue,friction,resistance,cost,land cover,ocs ge,corine,trame noire,light pollution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="93"/>
        <source>Land cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="98"/>
        <source>Raster of integer codes, or polygons with a code field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="100"/>
        <source>Land-cover code field (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="106"/>
        <source>code_cs for OCS GE, CODE_18 for CORINE Land Cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="108"/>
        <source>Usage field (OCS GE, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="114"/>
        <source>code_us: with the code field, the OCS GE (cover, usage) pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="116"/>
        <source>Friction table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="116"/>
        <source>Built-in OCS GE table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="116"/>
        <source>Built-in CORINE Land Cover table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="116"/>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="126"/>
        <source>Sources and versions in resources/tvb/README.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="128"/>
        <source>Friction table file (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="131"/>
        <source>Used when the friction table is a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="133"/>
        <source>The column of the friction table to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="136"/>
        <source>Resolution (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="143"/>
        <source>Cell size in metres: 25 to 50 m for an intercommunal study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="145"/>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="146"/>
        <source>By default the land cover&apos;s extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="148"/>
        <source>Linear infrastructure (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="154"/>
        <source>Roads, railways, watercourses: burned with the friction of their class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="158"/>
        <source>Infrastructure class field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="164"/>
        <source>Field holding the class; a layer without it takes its class from its name (railway, watercourse, motorway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="171"/>
        <source>Infrastructure table (CSV, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="177"/>
        <source>Class, width (m) and friction per sub-network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="181"/>
        <source>Light (optional, trame noire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="187"/>
        <source>Radiance raster (light increases with the value) or lamp points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="189"/>
        <source>Lamp weight field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="192"/>
        <source>For example puissance_w; each lamp weighs 1 without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="194"/>
        <source>Effect of light on friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="194"/>
        <source>Multiply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="194"/>
        <source>Raise to a floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="194"/>
        <source>Barrier above a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="204"/>
        <source>f × (1 + (k − 1) s), max(f, g × s), or impassable where s ≥ t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Light at full effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Radiance, or sum of lamp weights × decay, giving s = 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Lamp influence radius (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Lamp light decreases linearly to zero at this distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Multiplier at full light (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Multiply mode: friction × k where s = 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Friction floor at full light (g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Floor mode: friction at least g × s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Barrier threshold (t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="206"/>
        <source>Barrier mode: cells with s ≥ t become impassable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="245"/>
        <source>Friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="248"/>
        <source>Float32 GeoTIFF, NaN = impassable, Lambert-93.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="258"/>
        <source>Friction table: choose a CSV file (TABLE_FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="264"/>
        <source>Land cover: the layer is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="265"/>
        <source>land cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="275"/>
        <source>{layer}: the land cover must be a raster or polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="281"/>
        <source>{layer}: the land-cover layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="287"/>
        <source>{layer}: choose the land-cover code field (CODE_FIELD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="294"/>
        <source>{layer}: no field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="323"/>
        <source>linear infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="328"/>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="334"/>
        <source>{layer}: light must be a raster or lamp points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="371"/>
        <source>Grid: {cols} × {rows} cells of {res} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="382"/>
        <source>Friction of {subnetwork} from {table}: {cells} cells, {nan} impassable, {burned} burned by infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="302"/>
        <source>Resolution (RESOLUTION)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphReader</name>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="51"/>
        <source>{layer}: the CRS {crs} is not projected: areas in hectares need a projected CRS such as EPSG:2154 (Lambert-93)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="54"/>
        <source>{layer}: {count} features have an empty identifier ({field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="56"/>
        <source>{layer}: duplicate identifiers in {field}: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="58"/>
        <source>{layer}: {count} features have an empty, non-numeric or negative capacity ({field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="61"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="62"/>
        <source>{layer}: {count} links without from_id, to_id or cost were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="64"/>
        <source>{layer}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="65"/>
        <source>{layer}: links in different cost units ({units})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="66"/>
        <source>Reference distance d0 (cost units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="67"/>
        <source>Probability p0 at d0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_graph.py" line="68"/>
        <source>{layer}: no link between the patches: every patch is isolated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportIndicators</name>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="56"/>
        <source>Import indicators (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="59"/>
        <source>indicator,indicateur,import,csv,insee,comparateur,recensement,census,fiche,fact sheet,chiffres clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="65"/>
        <source>Indicator file (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="71"/>
        <source>The INSEE « comparateur de territoires » commune base (recognised from its header), or any long or wide CSV file described by a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="78"/>
        <source>Mapping of the file&apos;s columns (YAML, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="84"/>
        <source>Needed for a file that is not the comparateur base: its layout (long or wide), territory code column, indicators and vintages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="91"/>
        <source>Territory GeoPackage (written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="97"/>
        <source>Your working copy of the territory GeoPackage (made when you open the territory project): its communes and parents are used and its indicator tables written. Never the plugin&apos;s own template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="105"/>
        <source>Existing indicator tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="105"/>
        <source>Replace their content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="105"/>
        <source>Merge (keep the other indicators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="111"/>
        <source>Replace: the tables then hold this file&apos;s figures only. Merge: the figures already there are kept, those of the same territory, indicator and vintage replaced, and the parents computed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="119"/>
        <source>Territory GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="120"/>
        <source>Communes written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="121"/>
        <source>Communes outside the territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="124"/>
        <source>Communes missing from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="127"/>
        <source>Values written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="131"/>
        <source>Cancelled by the user: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="169"/>
        <source>INSEE comparateur base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="169"/>
        <source>mapped CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="170"/>
        <source>{file} ({kind}, {geo}): {rows} line(s), {communes} commune(s) read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="177"/>
        <source>{count} line(s) repeating a commune&apos;s figures read once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="183"/>
        <source>COG {source} → {target}: {olds} merged into {new} (counts summed, rates recomputed from their sums)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="192"/>
        <source>Not computable for the merged communes (medians), left missing: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="197"/>
        <source>{count} commune(s) of the territory written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="199"/>
        <source>{count} commune(s) of the file outside the territory, not written: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="205"/>
        <source>{count} commune(s) of the territory missing from the file (n.d.; their parents are not computed): {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="211"/>
        <source>Indicators: {ids}; vintages: {vintages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="211"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="217"/>
        <source>{parents} parent value(s) computed by their rule (ratio of sums for rates), {flagged} left missing for members without a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="224"/>
        <source>{level} {code}: computed from all the communes of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="230"/>
        <source>{count} synthetic demonstration value(s) of the same indicators removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="235"/>
        <source>{gpkg}: {values} value(s) written in the indicator tables ({mode})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="235"/>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/importindicators.py" line="235"/>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeastCostCorridors</name>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="343"/>
        <source>Least-cost corridors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="96"/>
        <source>tvb,corridor,least-cost path,graph,graphab,linkage mapper,nlcc,corridor écologique,chemin de moindre coût,graphe paysager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="102"/>
        <source>Friction raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="103"/>
        <source>Band 1; nodata = impassable; EPSG:2154 expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="105"/>
        <source>Reservoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="105"/>
        <source>Polygons of the sub-network, e.g. from aula:reservoirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="111"/>
        <source>Reservoir identifier field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="114"/>
        <source>Sub-network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="120"/>
        <source>Written in the sous_trame field of the outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="122"/>
        <source>Graph topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="320"/>
        <source>planar (neighbouring reservoirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="321"/>
        <source>all pairs within the maximum cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="131"/>
        <source>Planar: one cost run; all pairs: one run per reservoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="133"/>
        <source>Maximum cost (0 = unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="140"/>
        <source>Links costing more are dropped; required for all pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="143"/>
        <source>Knight&apos;s move (16 neighbours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="146"/>
        <source>More accurate directions, slower (r.cost -k).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="151"/>
        <source>Lines: id, from_id, to_id, cost, length_m, sous_trame, units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="343"/>
        <source>Patch graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="160"/>
        <source>Table: from_id, to_id, cost, length_m, sous_trame, units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="162"/>
        <source>Normalised least-cost corridor (NLCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="168"/>
        <source>Float32 GeoTIFF, nodata -1; one cost run per reservoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="170"/>
        <source>Corridor width tolerance (cost units, 0 = all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="177"/>
        <source>Keep only the cells whose NLCC is at most this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="194"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="220"/>
        <source>The topology “all pairs” needs a maximum cost greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="258"/>
        <source>Grid: {grid}; {n} reservoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="206"/>
        <source>{what} (no path on {layer} costs more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="207"/>
        <source>Maximum cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="213"/>
        <source>Corridor width tolerance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePackage</name>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="54"/>
        <source>Merge an offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="57"/>
        <source>offline,hors ligne,merge,fusion,conflict,conflit,rebase,pygeodiff,geodiff,diff,copy,copie,geopackage,gpkg,paquet,package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="63"/>
        <source>Master GeoPackage (written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="70"/>
        <source>The package the copy was checked out from, by default your working copy. A backup of it is made before it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="77"/>
        <source>Offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="83"/>
        <source>The copy made by « Check out an offline copy »; it is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="141"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="85"/>
        <source>Stop: merge nothing while a conflict is undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="85"/>
        <source>Keep the master&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="85"/>
        <source>Keep the copy&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="95"/>
        <source>A conflict: the same field of the same feature edited in both packages, or a feature edited in one and deleted in the other. Every other edit is merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="102"/>
        <source>Choices per conflict (the report, CSV or JSON; optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="102"/>
        <source>Conflict report (*.csv *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="109"/>
        <source>The conflict report of a dry run with its resolution column set to master or copy (maître, copie): those conflicts are decided so, the others by the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="116"/>
        <source>Dry run: list the changes and conflicts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="119"/>
        <source>Nothing is written to the master.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="126"/>
        <source>Conflict report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="126"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="133"/>
        <source>Table, feature, field, base, master and copy values and resolution of each conflict; edit its resolution column and give it back as the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="140"/>
        <source>Merged (1) or not (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="142"/>
        <source>Undecided conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="143"/>
        <source>Backup of the master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="193"/>
        <source>{table}: {inserted} added, {updated} changed, {deleted} deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="194"/>
        <source>Edits of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="194"/>
        <source>Edits of the master since the checkout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="203"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="205"/>
        <source>Conflict {table} {key} {field}: base {base!r}, master {master!r}, copy {copy!r} -&gt; {resolution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="208"/>
        <source>undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="211"/>
        <source>Merged into {master}; backup: {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="217"/>
        <source>Dry run: the master was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="219"/>
        <source>{count} conflict(s) undecided: nothing was merged. Choose a policy or give the choices per conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/mergepackage.py" line="227"/>
        <source>The copy has no edit: nothing to merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelDock</name>
    <message>
        <location filename="../aula_plugin/gui/panel_dock.py" line="70"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/panel_dock.py" line="70"/>
        <source>Read the data again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/panel_dock.py" line="72"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/panel_dock.py" line="72"/>
        <source>Export this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/panel_dock.py" line="75"/>
        <source>New panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/panel_dock.py" line="75"/>
        <source>Open another panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinchPoints</name>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="92"/>
        <source>Pinch points (circuit theory in the corridors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="95"/>
        <source>tvb,pinch point,pinchpoint mapper,linkage mapper,circuitscape,current,corridor,goulet d'étranglement,point de pincement,courant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="101"/>
        <source>Friction raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="102"/>
        <source>The friction of the corridor run; it is also the resistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="104"/>
        <source>Reservoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="104"/>
        <source>The reservoirs of the corridor run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="109"/>
        <source>Reservoir identifier field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="112"/>
        <source>Links (aula:leastcostcorridors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="115"/>
        <source>Corridor lines or patch graph: from_id, to_id, cost, units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="117"/>
        <source>Corridor width (cost units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="124"/>
        <source>Cells whose NLCC is at most this value form the corridor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="126"/>
        <source>Resistance of zero-friction cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="133"/>
        <source>Circuit theory needs positive resistances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="135"/>
        <source>All-to-one current over the corridor network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="140"/>
        <source>Pinch point percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="148"/>
        <source>Cells at or above this percentile of the current mosaic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="301"/>
        <source>Pinch points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="153"/>
        <source>Polygons ranked by current, with the links they sit on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="155"/>
        <source>Current density (corridor mosaic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="158"/>
        <source>Float32 GeoTIFF (A, 1 A per link); maximum over the links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="160"/>
        <source>All-to-one current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="168"/>
        <source>Effective resistance of the links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="175"/>
        <source>One row per link: resistance, cost-to-resistance ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="197"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="205"/>
        <source>Corridor width (no path on {layer} costs more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="251"/>
        <source>Grid: {grid}; {n} links; corridor width {width:g} ({units})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/pinchpoints.py" line="272"/>
        <source>{n} pinch points at or above {threshold:.4g} A (percentile {p:g}); {seconds:.1f} s, of which {cost:.1f} s in cost runs and {circuit:.1f} s in circuits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishPostgis</name>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="50"/>
        <source>Publish the package to PostGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="53"/>
        <source>postgis,postgresql,publish,publier,database,base de données,schema,schéma,team,équipe,server,serveur,paquet,package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="59"/>
        <source>GeoPackage to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="66"/>
        <source>By default your working copy of the territory GeoPackage; it is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="70"/>
        <source>PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="73"/>
        <source>A connection saved in QGIS (Browser › PostgreSQL); its database needs the PostGIS extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="102"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="83"/>
        <source>A new schema name (lowercase letters, digits, _) is created; a schema that already holds an AULA package is replaced as a whole; a schema of other data is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="91"/>
        <source>Replace an earlier publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="95"/>
        <source>Published tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="100"/>
        <source>Tables published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="101"/>
        <source>Rows published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/publishpostgis.py" line="134"/>
        <source>{path} published as the schema {schema} of {database} (PostGIS {version}): {tables} tables, {rows} rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reservoirs</name>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="146"/>
        <source>Biodiversity reservoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="75"/>
        <source>tvb,trame verte et bleue,reservoir,znieff,natura 2000,appb,habitat,patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="80"/>
        <source>Zonings (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="86"/>
        <source>ZNIEFF 1, Natura 2000, APPB, reserves, ENS: one layer each or one layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="90"/>
        <source>Zoning type field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="96"/>
        <source>Field giving the zoning type; a layer without it takes its type from its name (e.g. znieff1, natura2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="103"/>
        <source>Zoning types kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="110"/>
        <source>None chosen: every type present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="112"/>
        <source>Friction raster for habitat patches (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="115"/>
        <source>Band 1; NaN and nodata are never habitat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="117"/>
        <source>Habitat: friction at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="124"/>
        <source>0 is the habitat value of the BioDispersal ladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="126"/>
        <source>Written in the sous_trame field and in the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="129"/>
        <source>Minimum patch area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="136"/>
        <source>Habitat patches smaller than this are dropped (≥ is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="138"/>
        <source>Patch connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="138"/>
        <source>8 neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="138"/>
        <source>4 neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="144"/>
        <source>8: cells touching by a corner belong to the same patch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="151"/>
        <source>Fields id, sous_trame, surface_ha, origine; Lambert-93.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="168"/>
        <source>zonings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="170"/>
        <source>{layer}: zonings must be polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="179"/>
        <source>habitat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="183"/>
        <source>Give zonings, a friction raster for habitat patches, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="219"/>
        <source>{count} reservoirs of {subnetwork}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScotCompatibility</name>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="67"/>
        <source>Check compatibility with the SCoT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="70"/>
        <source>scot,doo,daacl,compatibilité,compatibility,plu,plui,oap,tvb,zan,densité,règles,rules,findings,constats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="76"/>
        <source>Layer to check (PLU zoning, projects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="80"/>
        <source>The subjects of the rules: a zoning (ZONE_URBA), OAP or projects, in a projected CRS. Other subject layers the rule file names are read from the same GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="87"/>
        <source>SCoT rule file (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="87"/>
        <source>SCoT rule files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="92"/>
        <source>Default: the synthetic demo rule set shipped with the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="94"/>
        <source>Reference GeoPackage (empty: the subjects&apos; or your working copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="99"/>
        <source>Where the rule file&apos;s tables (SCoT model, communes) and AULA results (found through its results register) are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="106"/>
        <source>SCoT findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="109"/>
        <source>One row per rule × subject × scope; the geometry is the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="111"/>
        <source>SCoT findings: shortest lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="115"/>
        <source>The line to the nearest reference feature of the distance tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="117"/>
        <source>Findings (JSONL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="117"/>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="120"/>
        <source>Byte-identical for the same inputs, apart from the run time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="122"/>
        <source>Report (HTML or PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="122"/>
        <source>HTML files (*.html);;PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="129"/>
        <source>Findings: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="140"/>
        <source>{path}: no such rule file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="144"/>
        <source>{path}: no such GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="149"/>
        <source>{path}: the report is an .html or .pdf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="232"/>
        <source>{count} finding(s): {passed} respected, {warned} to be examined, {failed} deviation(s), {na} not applicable, {ne} not evaluable (never counted as respected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="199"/>
        <source>Reference tables read from {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScotImportPlu</name>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="48"/>
        <source>Import a PLU in the CNIG standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="51"/>
        <source>plu,plui,cnig,zone_urba,prescription,information,ppr,pprt,gpu,géoportail de l'urbanisme,scot,import,zonage,zoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="57"/>
        <source>CNIG PLU (a shapefile of its folder, or a GeoPackage) or CNIG PPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="57"/>
        <source>CNIG tables (*.shp *.SHP *.dbf *.DBF *.gpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="63"/>
        <source>Any shapefile of the PLU folder (every CNIG table of the folder is read: ZONE_URBA, PRESCRIPTION_SURF/LIN/PCT, INFO_SURF/LIN/PCT, DOC_URBA), the folder itself, or a GeoPackage holding these tables or those of a CNIG PPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="72"/>
        <source>Working GeoPackage (written; empty: your working copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="79"/>
        <source>An existing GeoPackage you can write to. Empty: your working copy of the territory GeoPackage. Never the plugin&apos;s own template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="87"/>
        <source>Imported zoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="92"/>
        <source>Tables written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="93"/>
        <source>Features written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="94"/>
        <source>Departures from the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="97"/>
        <source>Invalid geometries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="114"/>
        <source>Cancelled by the user: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="125"/>
        <source>No CNIG PLU or PPR given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="127"/>
        <source>{path}: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="135"/>
        <source>{path}: your working copy does not exist yet: open the territory project once (AULA menu) or choose a GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotimportplu.py" line="168"/>
        <source>{gpkg}: {tables} table(s) written, {features} feature(s), {issues} departure(s) from the standard, {invalid} invalid geometry(ies) (listed in {anomalies})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScotResultsDock</name>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="79"/>
        <source>SCoT compatibility results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="84"/>
        <source>Open another panel, on another findings layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="106"/>
        <source>Findings layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="107"/>
        <source>The project&apos;s layers written by the SCoT compatibility check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="111"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="112"/>
        <source>Open a findings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="113"/>
        <source>Reopen the findings of an earlier check (GeoPackage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="116"/>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="120"/>
        <source>All scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="121"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="122"/>
        <source>Findings per feature, commune, EPCI or SCoT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="123"/>
        <source>&amp;Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="132"/>
        <source>Show the findings: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="140"/>
        <source>S&amp;tatuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="147"/>
        <source>Rule, status, finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="147"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="148"/>
        <source>Findings by rule and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="158"/>
        <source>Why this finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="159"/>
        <source>Choose a finding to see what explains it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="201"/>
        <source>{}: not a findings layer (missing: {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="265"/>
        <source>Open the findings of a SCoT compatibility check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="265"/>
        <source>GeoPackage (*.gpkg);;Vector files (*.gpkg *.geojson *.json *.shp *.fgb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="279"/>
        <source>{} holds no findings layer (columns {} expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="370"/>
        <source>No findings layer: run the SCoT compatibility check or open a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="375"/>
        <source>{layer}: {count} findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/scot_results_dock.py" line="438"/>
        <source>Open the cited page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryActions</name>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="47"/>
        <source>Could not copy the territory into the working folder {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="51"/>
        <source>Working copy of the territory created: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="90"/>
        <source>{} uses data schema {}, the plugin ships schema {}: data kept as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="54"/>
        <source>Could not open the project stored in {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="110"/>
        <source>Working folder for the AULA territory GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="118"/>
        <source>Working folder set to {}: the territory is copied there when opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="58"/>
        <source>Working copy of the territory created, your edits go there: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="60"/>
        <source>Territory project opened from your working copy: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="85"/>
        <source>Your working copy {path} uses data schema {old}; this version of the plugin uses schema {new}:
{steps}

Update it now? A backup of the file is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="89"/>
        <source>Update the territory GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="100"/>
        <source>Working copy updated to data schema {new}; the previous version is saved as {backup}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryDock</name>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="68"/>
        <source>Territory level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="72"/>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="73"/>
        <source>Type a few letters of a name or a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="77"/>
        <source>Layer whose selection is followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="78"/>
        <source>Selecting a feature on this layer shows its territory (empty: do not follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="81"/>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="82"/>
        <source>&amp;Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="83"/>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="59"/>
        <source>Open another panel, to compare two territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="213"/>
        <source>{}: no territory code field (insee, epci_siren...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory_dock.py" line="240"/>
        <source>{} {}: not in the indicator base</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TvbConflicts</name>
    <message>
        <location filename="../aula_plugin/gis/tvb_conflicts.py" line="52"/>
        <source>{layer}: {count} corridors have an importance ({field}) that is not a finite number, e.g. {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_conflicts.py" line="55"/>
        <source>{layer}: {count} corridors without importance ({field}) count as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_conflicts.py" line="57"/>
        <source>{layer}: the layer has no feature: it crosses no corridor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TvbCorridors</name>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="47"/>
        <source>{layer}: reservoirs reprojected to the CRS of {raster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="49"/>
        <source>{layer}: {n} polygons too thin to cover a cell centre use the cell of their inner point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="52"/>
        <source>{layer}: no reservoir lies inside the raster {raster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="54"/>
        <source>{layer}: {n} reservoirs outside the raster {raster}: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="56"/>
        <source>{n} reservoirs lie only on impassable cells (friction nodata) and get no link: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="59"/>
        <source>{n} paths end in another reservoir at exactly the same cost (a tie); their cost is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="62"/>
        <source>{n} reservoirs without any link: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_corridors.py" line="63"/>
        <source>{links} links ({topology}) in {seconds:.1f} s, of which {cost:.1f} s in {runs} cost runs ({passes} passes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TvbParameters</name>
    <message>
        <location filename="../processing/tvb_parameters.py" line="54"/>
        <source>Cost units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="54"/>
        <source>metres (friction × map units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="54"/>
        <source>cells (friction × cells, as GRASS r.cost and BioDispersal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="63"/>
        <source>Metres = cells × cell size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="75"/>
        <source>Unique identifier, used in from_id and to_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="80"/>
        <source>Capacity field (empty: area in ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="87"/>
        <source>Patch capacity a_i, for example a quality-weighted area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="95"/>
        <source>Reference distance d0 (cost units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="102"/>
        <source>Least-cost distance at which the dispersal probability is p0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="105"/>
        <source>Probability p0 at d0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="113"/>
        <source>0.5 at the median dispersal distance, 0.05 at the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="42"/>
        <source>Sub-network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TvbPinch</name>
    <message>
        <location filename="../aula_plugin/gis/tvb_pinch.py" line="55"/>
        <source>{layer}: {n} links name reservoirs missing from {reservoirs} (or without a cell on the friction grid): {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_pinch.py" line="58"/>
        <source>{layer}: no link with a from_id and a to_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_pinch.py" line="59"/>
        <source>{layer}: links in different cost units ({units}); run aula:leastcostcorridors again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_pinch.py" line="61"/>
        <source>{n} links have no current (their reservoirs do not meet within the corridor width): {ids}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateLayer</name>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="56"/>
        <source>Update a layer of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="59"/>
        <source>import,importer,update,mettre à jour,millésime,release,OCS GE,replace,remplacer,append,ajouter,provenance,paquet,package,geopackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="65"/>
        <source>Territory GeoPackage to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="72"/>
        <source>By default your working copy of the territory GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="74"/>
        <source>Layer of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="75"/>
        <source>Importable layers: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="77"/>
        <source>Source file (GeoPackage, shapefile, GeoJSON...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="84"/>
        <source>Layer of the source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="89"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="89"/>
        <source>Replace the layer&apos;s content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="89"/>
        <source>Append to the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="97"/>
        <source>Key field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="98"/>
        <source>Empty: the layer&apos;s usual key (e.g. insee for the communes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="100"/>
        <source>Release of the source (e.g. 2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="105"/>
        <source>Dry run only (write nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="110"/>
        <source>Import the accepted features, leaving the rejected ones out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="117"/>
        <source>Rejected features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="124"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="157"/>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/updatelayer.py" line="167"/>
        <source>{written} feature(s) written into {layer}; backup: {backup}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanArtificialisation</name>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="50"/>
        <source>Artificialisation from OCS GE (stock and flows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="53"/>
        <source>zan,ocsge,ocs ge,artificialisation,renaturation,imperméabilisation,millésime,flux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="60"/>
        <source>Commune code; its first two digits give the département.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="65"/>
        <source>Territory field (empty: per commune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="65"/>
        <source>Field grouping communes into territories, e.g. epci_siren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="71"/>
        <source>Artificialised status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="71"/>
        <source>IGN artif field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="71"/>
        <source>Raw CS × US matrix (approximation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="77"/>
        <source>IGN&apos;s artif field is authoritative; the raw matrix ignores thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="81"/>
        <source>Artificialised stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="84"/>
        <source>One row per territory, département and millésime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="86"/>
        <source>Artificialisation flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="92"/>
        <source>One row per territory, département and millésime pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="109"/>
        <source>No OCS GE layer was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="129"/>
        <source>Raw CS × US matrix, version {version} (approximation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="148"/>
        <source>{count} stock row(s) and {flows} flow row(s) written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanArtificialisationReader</name>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="51"/>
        <source>{layer}: not a vector layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="53"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="55"/>
        <source>{layer}: {count} polygon(s) outside the communes were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="57"/>
        <source>Commune {insee}, millésime {year}: OCS GE polygons cover {pct:.2f} % of the commune (gaps or overlaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="60"/>
        <source>{count} commune-millésime(s) in all are not fully covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="62"/>
        <source>Département {dep}: millésimes {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="64"/>
        <source>Flows need at least two OCS GE layers (millésimes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_artificialisation.py" line="66"/>
        <source>{y1}-{y2}: net flow differs from the stock difference by more than 0.5 ha in {count} commune(s): {communes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanConsumption</name>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="59"/>
        <source>NAF consumption per territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="62"/>
        <source>zan,cerema,consommation,naf,enaf,epci,scot,période,référence,consumption,period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="67"/>
        <source>Consumption table (zan_consommation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="67"/>
        <source>The long table written by the import: insee, annee, destination, surface_m2 (and release).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="77"/>
        <source>Commune layer (membership and area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="77"/>
        <source>Layer or table with one feature per commune, its code, its group (EPCI, SCoT, pôle...) and its area. Empty: one row per commune of the table, no share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="88"/>
        <source>Field of the commune layer with the INSEE code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="94"/>
        <source>Group field (empty: per commune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="94"/>
        <source>Field of the commune layer giving each commune&apos;s group (epci_siren, scot_id, pole_id, or any custom grouping). Empty: one row per commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="104"/>
        <source>First year (flow from 1 January)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="112"/>
        <source>First annual flow included (2011: naf11art12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="115"/>
        <source>Last year (flow to 1 January of the next year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="123"/>
        <source>Last annual flow included (2020: naf20art21, the end of the reference decade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="130"/>
        <source>Area field of the commune layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="138"/>
        <source>Commune area, for the share of the territory (default surface_ha).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="141"/>
        <source>Unit of the area field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="147"/>
        <source>ha (default), m² (e.g. surfcom_m2) or km².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="150"/>
        <source>Consumption per territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="196"/>
        <source>The first year ({first}) comes after the last year ({last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="241"/>
        <source>{count} group(s), period {first}-{last}, release {release}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="153"/>
        <source>One row per group: key, nb_communes, period, naf_m2, naf_ha, one column per destination (m²), annual_mean_m2, share_pct, nom (the group's name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanImportConsumption</name>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="65"/>
        <source>Import the Cerema NAF consumption file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="68"/>
        <source>zan,cerema,consommation,naf,enaf,import,fichiers fonciers,consumption,land take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="73"/>
        <source>Cerema consumption file (CSV, shapefile, zip, GeoPackage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="78"/>
        <source>The file as downloaded from Cerema (CSV with ; or ,, shapefile, zipped shapefile) or a GeoPackage table written as path.gpkg|layername=name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="86"/>
        <source>Layer or table name (multi-layer files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="89"/>
        <source>For a GeoPackage or a zip with several layers: the layer to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="94"/>
        <source>Target COG year (commune geography)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="102"/>
        <source>Year of the Code officiel géographique the communes must follow: the COG corrections dated after the file's own COG and up to this year are applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="110"/>
        <source>COG year of the file (0: from its EPCI column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="118"/>
        <source>The commune geography of the file. 0: the year of its epci{NN} column (epci24 → 2024), else the end year of the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="127"/>
        <source>Commune layer to check the codes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="127"/>
        <source>Communes at the target COG year. Codes of the file absent from this layer stop the import (listed), unless only its communes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="137"/>
        <source>INSEE code field of the commune layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="137"/>
        <source>Field holding the commune codes (default insee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="145"/>
        <source>Keep only the communes of the commune layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="148"/>
        <source>Import only the communes of the commune layer (e.g. the 319 communes of the territory from the national file). Communes of the layer missing from the file stop the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="157"/>
        <source>Accept a release without the whole 2011-2020 decade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="162"/>
        <source>The 2009-2020 release stops at naf19art20 and cannot give the reference consumption 2011-2020. Tick to import it anyway (with a warning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="171"/>
        <source>Working GeoPackage (written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="177"/>
        <source>An existing GeoPackage you can write to, e.g. your working copy of the territory GeoPackage (made when you open the territory project). Never the plugin&apos;s own template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="186"/>
        <source>Consumption table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="191"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="192"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="193"/>
        <source>Rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="194"/>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="195"/>
        <source>Anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="221"/>
        <source>No Cerema file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="225"/>
        <source>No working GeoPackage given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="246"/>
        <source>Keeping only the communes of the commune layer needs a commune layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="210"/>
        <source>Cancelled by the user: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="275"/>
        <source>{gpkg}: {rows} row(s) written for {communes} commune(s), release {release}, last year {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanOverlay</name>
    <message>
        <location filename="../aula_plugin/gis/overlay.py" line="147"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanParameters</name>
    <message>
        <location filename="../processing/zan_parameters.py" line="65"/>
        <source>Cerema release (if the table holds several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="67"/>
        <source>Release label such as 2009-2024. Empty: the most recent release of the table, with a warning when it holds several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="98"/>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="100"/>
        <source>Commune polygons with their INSEE code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="137"/>
        <source>INSEE code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="190"/>
        <source>OCS GE layers (one or more millésimes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="195"/>
        <source>OCS GE v2 polygon layers (code_cs, code_us, millesime; artif for the IGN method), e.g. one per département and millésime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="204"/>
        <source>OCS GE millésime (already artificialised land)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="211"/>
        <source>Its artificialised part is excluded from the projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="79"/>
        <source>NAF consumption (long table zan_consommation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="172"/>
        <source>Deduction: projects of national or European scope (PENE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="172"/>
        <source>Deduction: qualifying ground-mounted solar farms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="172"/>
        <source>Deduction: renaturation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanProjects</name>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="72"/>
        <source>ZAN counter: planned projects against the remaining budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="75"/>
        <source>zan,compteur,projets,zones AU,budget,enveloppe,solde,plu,ocsge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="79"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="80"/>
        <source>Planned projects or AU zones (polygons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="82"/>
        <source>Status field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="85"/>
        <source>Field holding the project status, e.g. statut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="87"/>
        <source>Statuses to count (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="90"/>
        <source>e.g. en projet,autorisé; empty: every status counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="92"/>
        <source>Expected year field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="100"/>
        <source>Field holding the expected year of completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="102"/>
        <source>Horizon (last expected year counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="105"/>
        <source>Projects expected after this year are left out; empty: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="108"/>
        <source>PLU zoning (used without OCS GE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="111"/>
        <source>CNIG zoning layer: the part of projects in U zones is excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="113"/>
        <source>Zone type field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="116"/>
        <source>CNIG TYPEZONE: U, AUc, AUs, A, N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="119"/>
        <source>Commune code, matched as text with the budget table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="124"/>
        <source>Territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="124"/>
        <source>Field grouping communes into territories; empty: one territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="131"/>
        <source>Remaining budget field of the communes (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="139"/>
        <source>Used when no budget table is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="141"/>
        <source>Remaining budget table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="148"/>
        <source>e.g. the output of aula:zantrajectory per commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="150"/>
        <source>Budget table key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="161"/>
        <source>Budget table field (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="169"/>
        <source>Remaining budget in m².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="172"/>
        <source>ZAN counter per commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="175"/>
        <source>One row per commune: budget, projects, excluded, net, balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="177"/>
        <source>ZAN counter per territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="180"/>
        <source>One row per territory: the sums of its communes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="223"/>
        <source>{layer}: statuses are given but no status field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="243"/>
        <source>{layer}: a horizon is given but no expected year field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="267"/>
        <source>No remaining budget: give a budget table (e.g. the output of aula:zantrajectory) or a budget field of the communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="315"/>
        <source>{count} project(s) counted; exclusion: {exclusion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="157"/>
        <source>INSEE code in the budget table; empty: territory_id, territory or insee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="259"/>
        <source>{layer}: no key field (territory_id, territory or insee)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanProjectsReader</name>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="49"/>
        <source>{layer}: {count} project(s) outside every commune were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="51"/>
        <source>{count} commune(s) without a remaining budget (NULL balance): {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="53"/>
        <source>{layer}: {kept} project(s) kept, {status} left out by status, {year} by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="55"/>
        <source>{layer}: {count} project(s) without an expected year left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="57"/>
        <source>{plu}: the PLU is not used, the OCS GE layer {ocs} is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="59"/>
        <source>Neither OCS GE nor PLU: the whole area of the projects is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="66"/>
        <source>{layer}: {count} polygon(s) of already consumed land (exclusion {exclusion})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="61"/>
        <source>{layer}: {count} project(s) with the same geometry as another one counted once ({ha} ha not counted twice), feature id(s) {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_projects.py" line="64"/>
        <source>{layer}: {count} pair(s) of projects overlap: {ha} ha counted twice, e.g. feature ids {pair}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanReport</name>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="88"/>
        <source>Triennial local report on land consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="91"/>
        <source>zan,report,triennial,rapport,triennal,consommation,artificialisation,NAF,L.2231-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="102"/>
        <source>Table with one row per commune, year and destination: insee, annee, destination (naf = total, act, hab, mix, rou, fer, inc), surface_m2, as written by the Cerema import into the working GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="114"/>
        <source>Commune layer with the fields insee, nom, surface_ha and the membership fields (epci_siren, epci_nom…), such as the commune layer of the territory GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="123"/>
        <source>Territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="123"/>
        <source>Field of the commune layer selecting the territory: insee for a commune report, epci_siren for an EPCI report (any other field makes a report on the group of communes with that value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="137"/>
        <source>Territory code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="138"/>
        <source>Value of the territory field: a commune&apos;s INSEE code or an EPCI&apos;s SIREN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="143"/>
        <source>Territory name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="146"/>
        <source>Name printed in the report. Empty: the commune&apos;s nom, or the epci_nom field of its communes for an EPCI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="154"/>
        <source>Reduction rate (%, optional override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="161"/>
        <source>Per cent of the 2011-2020 consumption to remove in 2021-2031 (54.47 in Hauts-de-France). Empty: the territory&apos;s rate from the rates table, else the regional 54.47 % with a note in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="170"/>
        <source>Rate source (document, page, date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="173"/>
        <source>Document that sets the rate given in RATE, printed in the report (e.g. SCoT de l&apos;Artois, DOO p. 42, 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="181"/>
        <source>Rates table (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="181"/>
        <source>Rates table (plugin CSV, GeoPackage with zan_taux_reduction, or the JSON of Mon Diagnostic Artificialisation). Empty: the table shipped with the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="192"/>
        <source>Commune eligible to the 1 ha guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="195"/>
        <source>Commune reports only: the commune's planning document was prescribed, arrêté or approved before 22 August 2026 (loi 2023-630), so its envelope is at least 1 ha. Never assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="204"/>
        <source>OCS GE artificialised stock (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="210"/>
        <source>Table from aula:zanartificialisation with the fields territory, millesime, artif_m2, impermeable_m2 (rows of the territory, or of its communes, which are summed). Empty: sections 2 and 3 say the data is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="219"/>
        <source>OCS GE flows (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="225"/>
        <source>Table from aula:zanartificialisation with the fields territory, millesime_1, millesime_2, artificialisation_m2, renaturation_m2, net_m2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="233"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="236"/>
        <source>Folder receiving the PDF, ODT, CSV and the two PNG charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="239"/>
        <source>Report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="240"/>
        <source>Editable report (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="241"/>
        <source>Figures of the report (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="242"/>
        <source>Annual consumption chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="245"/>
        <source>Trajectory chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="246"/>
        <source>Map of the territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="288"/>
        <source>Give the territory code (TERRITORY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="293"/>
        <source>Reduction rate {value} % is above 100 %: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="354"/>
        <source>{territory}: report written to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanTrajectory</name>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="85"/>
        <source>NAF consumption envelope and trajectory 2021-2031</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="88"/>
        <source>zan,enaf,naf,envelope,trajectory,enveloppe,trajectoire,taux de réduction,sraddet,garantie communale,plui,consommation d'espaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="94"/>
        <source>Table with insee, annee, destination, surface_m2 (rows naf are used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="102"/>
        <source>Commune layer with the INSEE code and membership fields (epci_siren, scot_id, pole_id, territoire_id), e.g. the territory GeoPackage&apos;s commune layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="111"/>
        <source>Field of the commune layer holding the INSEE code (empty: insee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="116"/>
        <source>Group field (empty: per commune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="116"/>
        <source>Field grouping the communes into territories, e.g. epci_siren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="122"/>
        <source>Rates table (empty: shipped table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="122"/>
        <source>Rates tables (*.csv *.json *.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="122"/>
        <source>CSV (territory_id, level, name, parent_id, rate_pct, document, page, date, in_local_document, url, comment), sparte JSON, or GeoPackage with the table zan_taux_reduction. Empty: resources/zan/taux_reduction.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="134"/>
        <source>Rate id of a group key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="137"/>
        <source>Template giving the rates-table id of a group key, with {key}. Empty: EPCI_{key} for an EPCI field, COMM_{key} per commune, else {key} itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="146"/>
        <source>Rate for every territory (scenario, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="152"/>
        <source>Replaces the rates table for every territory (e.g. 50); ≤ 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="155"/>
        <source>1 ha guarantee eligibility field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="155"/>
        <source>Field of the commune layer: 1 (or true, oui) for a commune eligible to the 1 ha guarantee; 0, empty or NULL otherwise. Empty: no commune gets the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="165"/>
        <source>PLUi pooling field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="165"/>
        <source>Field of the commune layer with the PLUi key: one row per PLUi, measured against the sum of its communes&apos; guaranteed envelopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="177"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="177"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="177"/>
        <source>Mon Diagnostic Artificialisation compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="183"/>
        <source>Legal (default), or compatible with Mon Diagnostic Artificialisation: r = 50, 1 ha floor at every level without eligibility, projection × 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="191"/>
        <source>Scenario rate 2031-2040 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="191"/>
        <source>Scenario rate 2041-2050 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="198"/>
        <source>Reduction of the previous decade&apos;s allowance: a scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="202"/>
        <source>Table with insee, annee (≥ 2021), surface_m2; off when empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="208"/>
        <source>Trajectories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="211"/>
        <source>One row per territory with every figure and the rate&apos;s source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="213"/>
        <source>Trajectories per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="216"/>
        <source>One row per territory and year 2021..2030: target and consumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="230"/>
        <source>{parameter}: rate {value} % is above 100 %: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="260"/>
        <source>{layer}: give either a group field ({group}) or a PLUi pooling field ({pool}), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="351"/>
        <source>… and {count} more warning(s): see the field rate_warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="359"/>
        <source>Mon Diagnostic Artificialisation compatible mode: r = 50, 1 ha floor at every level without eligibility, projection × 9; for comparison, not the legal figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="372"/>
        <source>{count} territory(ies) written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aula</name>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="74"/>
        <source>{layer}: {count} feature(s) with an empty parent field {field} belong to no parent: they were left out of the aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="77"/>
        <source>{layer}: parent {parent}: {count} NULL value(s) in field {field} were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="79"/>
        <source>{layer}: parent {parent}: every value of field {field} is NULL, its sum is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="81"/>
        <source>{layer}: parent {parent}: rate {rate} is NULL: no feature has non-NULL values in both fields {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="84"/>
        <source>{layer}: parent {parent}: rate {rate} is NULL because the sum of its denominator field {field} is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="88"/>
        <source>{layer}: the rate table must have 4 columns (output field, numerator field, denominator field, multiplier); got {count} value(s): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="91"/>
        <source>{layer}: two output fields would be named {field} (and {other}): rename a rate or drop a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="97"/>
        <source>{layer}: every feature has an empty parent field {field}: nothing to aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="150"/>
        <source>{layer}: the multiplier of rate {rate} is not a number: {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="230"/>
        <source>{layer}: choose at least one field to sum or one rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="235"/>
        <source>{layer}: a rate has no output field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="235"/>
        <source>{layer}: rate {rate} has no numerator field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="235"/>
        <source>{layer}: rate {rate} has no denominator field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/fields.py" line="13"/>
        <source>{layer}: field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="351"/>
        <source>{layer}: field {field} holds a non-numeric value: {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/aggregation_io.py" line="47"/>
        <source>{layer}: parent field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="50"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/workcopy.py" line="41"/>
        <source>{path}: not a readable AULA GeoPackage ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/workcopy.py" line="47"/>
        <source>{path}: the table aula_metadata has no schema_version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/workcopy.py" line="63"/>
        <source>{path}: the territory GeoPackage shipped with the plugin is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="178"/>
        <source>{file}: not a Cerema NAF consumption file. Expected a commune code column idcom and annual columns naf{{AA}}art{{AA+1}} (e.g. naf11art12) with destinations art{{AA}}hab{{AA+1}}…; found: {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="182"/>
        <source>{file}: the annual columns have a gap: {missing} missing between {first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="184"/>
        <source>{file}: the reference decade 2011-2020 is incomplete (annual columns {missing} missing: expected naf11art12 … naf20art21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="187"/>
        <source>{file}: year {year} has no destination columns art{yy}act{next}, art{yy}hab{next}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="189"/>
        <source>{file}: {count} value(s) are not whole m² (e.g. column {column}, commune {insee}: {value}): Cerema files give integer m². Decimal values suggest hectares: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="195"/>
        <source>{file}: column {column}, commune {insee}: {value!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="197"/>
        <source>{file}: column {column} totals {total} while comparable columns total about {typical}: the file mixes units (m² and ha?). Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="200"/>
        <source>{file}: {count} commune code(s) do not match the INSEE pattern (5 characters, digits or 2A/2B): {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="203"/>
        <source>{file}: {count} commune code(s) appear more than once: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="205"/>
        <source>{file}: the file has no commune rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="103"/>
        <source>{path} is the plugin&apos;s shipped GeoPackage (or lies inside the plugin folder), which is replaced on every upgrade: open the territory project first (it makes your working copy) and import into that copy, or choose another GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/gpkg_store.py" line="22"/>
        <source>{path}: the GeoPackage does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/gpkg_store.py" line="23"/>
        <source>{path}: not a GeoPackage ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="107"/>
        <source>{path}: the GeoPackage is read-only: nothing was written. Choose a GeoPackage you can write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/gpkg_store.py" line="24"/>
        <source>{path}: the GeoPackage is locked by another program or is read-only ({reason}): nothing was written. Close the other program (or stop editing its layers) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/gpkg_store.py" line="30"/>
        <source>{path}: writing failed ({reason}): nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="110"/>
        <source>{path}: no table {table}: import a Cerema file first (aula:zanimportconsumption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cog.py" line="38"/>
        <source>{file}, line {line}: {problem}. Expected columns cog_year, kind (fusion, scission or absente), old_insee, new_insee, share (per cent, for scissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cog.py" line="41"/>
        <source>{file}: COG {year}, scission of {insee}: the shares add up to {total} %, not 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="25"/>
        <source>The period {first}-{last} is empty: the first year must not come after the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="27"/>
        <source>The consumption table has no data for year(s) {missing} of the period {first}-{last} (it covers {available})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="30"/>
        <source>{count} commune(s) of the grouping are missing from the consumption table and count as zero: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="33"/>
        <source>{count} commune(s) have an empty group and were left out: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="35"/>
        <source>Group {group}: area unknown or zero for {count} member(s): its share of the area is left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="42"/>
        <source>None of the communes of the grouping is in the consumption table: check the commune codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/model.py" line="80"/>
        <source>Unknown consumption destination {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/model.py" line="126"/>
        <source>The consumption table is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="69"/>
        <source>{layer}: no OCS GE code fields (code_cs and code_us, or couverture and usage) in {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="71"/>
        <source>{layer}: this looks like the regional OCS2D Hauts-de-France (fields {fields}), not IGN&apos;s OCS GE: its codes look alike but mean something else (CS6 = herbaceous, US5.x = housing types). It is refused: give an OCS GE layer (code_cs, code_us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="75"/>
        <source>Land-cover layers of different nomenclatures cannot be combined: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="77"/>
        <source>{layer}: field {field}: {count} value(s) are not OCS GE v2 codes, e.g. {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="79"/>
        <source>{layer}: field {field}: codes {examples} are OCS2D Hauts-de-France codes (CS3 to CS6, US5.x, US7 do not exist in OCS GE): the regional OCS2D cannot be mixed with OCS GE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="82"/>
        <source>{layer}: field artif: value {value!r} is neither &apos;artif&apos; nor &apos;non artif&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="84"/>
        <source>{layer}: the IGN method needs the artif field of the OCS GE artificialisation product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="86"/>
        <source>{layer}: no millésime: no millesime field and no year in the layer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="88"/>
        <source>{layer}: field millesime: value {value!r} is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/ocsge.py" line="90"/>
        <source>{path}: line {line}: the artificialisation matrix is malformed ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="60"/>
        <source>Rates table {table}: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="61"/>
        <source>Rates table {table}: not a list of territorialisation objectives (JSON): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="63"/>
        <source>Rates table {table}: entry {index} has no field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="65"/>
        <source>Rates table {table}: missing column(s) {columns} (expected {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="67"/>
        <source>Rates table {table}: the GeoPackage has no table {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="69"/>
        <source>Rates table {table}, row {row}: empty territory_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="71"/>
        <source>Rates table {table}: territory {territory} appears more than once (rows {rows})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="73"/>
        <source>Rates table {table}, row {row} ({territory}): field {field} {value!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="75"/>
        <source>Rates table {table}, row {row} ({territory}): field {field} = {value} is above 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="77"/>
        <source>Rates table {table}: parent {parent} of {territory} is not in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="79"/>
        <source>Rates table {table}: no rate for {territory} nor any of its parents ({chain})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="82"/>
        <source>{territory}: no reduction rate of its own: regional rate applied ({parent}, {rate} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="84"/>
        <source>{territory}: no reduction rate of its own: national rate applied ({parent}, {rate} %, indicative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="90"/>
        <source>{territory}: no reduction rate of its own: rate of {parent} applied ({rate} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report.py" line="283"/>
        <source>Unknown territory kind {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report.py" line="293"/>
        <source>{territory}: no NAF consumption for the year(s) {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="65"/>
        <source>Unknown trajectory mode {value!r} (expected legal or mda_compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="55"/>
        <source>{layer}: no commune to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="56"/>
        <source>{table}: no consumption (destination naf) for {count} commune(s) of {layer}: {communes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="58"/>
        <source>{table}: the communes do not all end the same year ({years}): each territory uses its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="60"/>
        <source>The 1 ha guarantee applies to eligible communes only: it is not applied to the territories of {field} (their sum of commune envelopes is given in sum_commune_envelopes_m2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="65"/>
        <source>{table}: {count} commune(s) are not in the communes layer and were ignored: {communes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="52"/>
        <source>{label}reduction rate {value!r} is not a number (per cent, e.g. 54.47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="54"/>
        <source>{label}reduction rate {value} % is above 100 %: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="56"/>
        <source>{label}the consumption does not cover the reference decade 2011..2020: missing year(s) {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="59"/>
        <source>{label}the consumption has no annual flow from 2021 on: the trajectory needs at least 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="61"/>
        <source>{label}the consumption has a gap: missing year(s) {years} between 2011 and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="63"/>
        <source>{label}the consumption of year {year} is not an integer number of m²: {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="67"/>
        <source>The projection horizon must be a positive number of years, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="69"/>
        <source>{label}deduction of year {year} is not an integer number of m²: {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="71"/>
        <source>{label}deduction for year {year}: deductions only apply to consumption since 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/geometry.py" line="43"/>
        <source>{layer}: {count} invalid geometry(ies) repaired with makeValid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/overlay.py" line="139"/>
        <source>{layer}: no commune with a code in field {field} and a geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/overlay.py" line="141"/>
        <source>{layer}: reprojected from {crs} to EPSG:2154 (Lambert-93) to measure areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_cerema_io.py" line="47"/>
        <source>{path}: cannot open the file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_cerema_io.py" line="48"/>
        <source>{path}: no layer {layer} (layers: {layers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/model.py" line="164"/>
        <source>{layer}: no release {release} (releases: {releases})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="92"/>
        <source>Unknown edge smoothing rule {rule}: use none, R2022A or R2023A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="100"/>
        <source>Contiguity must be 4 (rook) or 8 (queen), not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="278"/>
        <source>The population grid is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="280"/>
        <source>The grids differ in size: population {pop}, built-up {built}, land {land}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="76"/>
        <source>{n} points of bad location quality (&gt; 500 m) dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="77"/>
        <source>{n} points not geolocated dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="78"/>
        <source>{n} points of undetermined quality dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="79"/>
        <source>{n} closed establishments dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="80"/>
        <source>{n} points with a low geocoding score dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="81"/>
        <source>{n} points geocoded at commune level dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="83"/>
        <source>{source}: {read} rows read, {kept} activities kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="84"/>
        <source>{n} points without coordinates skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="85"/>
        <source>{n} duplicates merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="86"/>
        <source>excluded activities: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="87"/>
        <source>unknown codes skipped: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="88"/>
        <source>{n} points dropped ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="89"/>
        <source>{source}: unknown codes in field {field}: {codes}. Add them to the mapping table {table} or choose to skip unknown codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="93"/>
        <source>{source}: unknown values in the function field {field}: {codes}. Expected C, S, E (commerce, service, équipement) or X (excluded), or choose to skip unknown values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="97"/>
        <source>SIRENE: activity codes in another nomenclature than NAF rev. 2: {codes}. Only NAFRev2 codes can be mapped to functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="101"/>
        <source>{source}: field {field} is missing (fields found: {fields}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="103"/>
        <source>No {kind} mapping table of version {version} (available: {available}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/adapters.py" line="105"/>
        <source>Mapping table {table}, line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/cluster.py" line="43"/>
        <source>Coordinates: x and y must have the same length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/cluster.py" line="44"/>
        <source>Coordinates: {n} points have no finite coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="42"/>
        <source>{n} activities &lt; {n_min}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="43"/>
        <source>functions C, S, E: {k}/3 &lt; 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="44"/>
        <source>Level thresholds: three increasing numbers expected, got “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/closing.py" line="27"/>
        <source>The distance must be a positive number of metres, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/corridors.py" line="54"/>
        <source>There is no reservoir on the friction grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/corridors.py" line="56"/>
        <source>The all-pairs topology needs a maximum cost greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="163"/>
        <source>The friction grid must be a non-empty 2-D array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="169"/>
        <source>The source grid ({src}) and the friction grid ({fr}) differ in shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="174"/>
        <source>The cell size must be positive (got {ew} × {ns}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="181"/>
        <source>The friction contains {n} negative values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="190"/>
        <source>There is no source cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="193"/>
        <source>Every source cell is impassable (friction without data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="221"/>
        <source>The maximum cost and the start cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="278"/>
        <source>The cell ({row}, {col}) cannot be reached from any source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="61"/>
        <source>{table}: no key column (a column named code, code_18, or code_cs and code_us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="63"/>
        <source>{table}: no column for the sub-network {subnetwork} (columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="65"/>
        <source>{table}: the code {code} appears more than once (lines {lines})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="67"/>
        <source>{table}, line {line}, column {column}: {value!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="69"/>
        <source>{table}, line {line}, column {column}: negative friction {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="75"/>
        <source>{table}, line {line}: the key column {column} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="77"/>
        <source>{table}: the table has no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="78"/>
        <source>{layer}: {count} land-cover code(s) missing from the friction table {table}, nothing was written:
{lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="81"/>
        <source>{code}: {area} ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="82"/>
        <source>{table}: unknown infrastructure class {value!r} (known classes: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="84"/>
        <source>{table}, line {line}: the width {value!r} is not a positive number of metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="88"/>
        <source>Unknown light mode {mode!r} (expected {modes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="475"/>
        <source>The light reference must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="89"/>
        <source>Duplicate patch identifiers: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="100"/>
        <source>Link {a} – {b}: the cost {cost} is not a finite number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="118"/>
        <source>Links name {count} unknown patch identifiers: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="133"/>
        <source>The reference distance d0 must be &gt; 0 (got {d0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="137"/>
        <source>The probability p0 must be in ]0, 1] (got {p0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="288"/>
        <source>{count} patches have a missing or negative capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="293"/>
        <source>The landscape area must be &gt; 0 (got {area})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="298"/>
        <source>There is no patch in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/patches.py" line="23"/>
        <source>Connectivity must be 4 or 8 neighbours, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/subnetworks.py" line="17"/>
        <source>Woodland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/subnetworks.py" line="18"/>
        <source>Grassland and open habitats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/subnetworks.py" line="19"/>
        <source>Wetlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/subnetworks.py" line="20"/>
        <source>Aquatic (watercourses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_agreed.py" line="74"/>
        <source>Agreed perimeter {agreed}: best match {computed}, IoU {iou}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_agreed.py" line="75"/>
        <source>area difference {diff} ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_agreed.py" line="76"/>
        <source>activities inside both {both}, only agreed {agreed}, only computed {computed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_agreed.py" line="79"/>
        <source>Agreed perimeter {agreed}: no computed perimeter overlaps it (IoU 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_agreed.py" line="82"/>
        <source>Computed perimeter {computed} overlaps no agreed perimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="74"/>
        <source>{layer}: GDAL cannot read this raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="76"/>
        <source>{layer}: the raster is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="71"/>
        <source>{layer} has no coordinate reference system: use EPSG:2154 (Lambert-93).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="72"/>
        <source>{layer} is in a geographic CRS (degrees): cost distances need metres; reproject it to EPSG:2154 (Lambert-93).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="73"/>
        <source>{layer} is in a projected CRS other than EPSG:2154: it is used as it is, since reprojecting a friction raster would change its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="77"/>
        <source>Cannot create {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scipy_support.py" line="18"/>
        <source>This algorithm needs the Python package scipy, which is missing from this QGIS installation: install python3-scipy (Debian, Ubuntu) or scipy in the OSGeo4W shell (Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scipy_support.py" line="21"/>
        <source>AULA Territoires: the green and blue network, centralities and Degree of Urbanisation algorithms need the Python package scipy, which is missing from this QGIS installation: install python3-scipy (Debian, Ubuntu) or scipy in the OSGeo4W shell (Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="75"/>
        <source>{layer}: rotated or south-up rasters are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/aggregation_io.py" line="44"/>
        <source>{layer}: field {field} is not numeric (type {type}): it cannot be summed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/aggregation_io.py" line="49"/>
        <source>{layer}: key {key} of field {field} appears more than once: the first feature&apos;s geometry is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/aggregation_io.py" line="52"/>
        <source>{layer}: parent {key} is missing from {parent_layer} (field {field}): its row is written without geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/aggregation_io.py" line="55"/>
        <source>{layer}: {count} parent(s) have no member in {input} and are not written: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="575"/>
        <source>{layer}: {count} value(s) of field {field} are not INSEE codes: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="577"/>
        <source>{file}: {count} commune(s) of {layer} are missing from the file (after COG corrections): {codes}. Nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="580"/>
        <source>{file}: {count} commune code(s) are absent from {layer} (by département: {deps}): {codes}. Nothing was written. Tick 'Keep only the communes of the commune layer' to import only those communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="584"/>
        <source>{file}: release {release}, {count} commune(s), destinations {dest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="586"/>
        <source>{file}: the release does not cover the reference decade 2011-2020: the reference consumption cannot be computed from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="589"/>
        <source>COG {source} → {target}: {count} correction(s) applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="591"/>
        <source>{count} commune(s) of the file outside the commune layer left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="593"/>
        <source>{file}: {count} negative annual value(s), kept as published (not clipped) and listed in zan_consommation_anomalies, e.g. {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="596"/>
        <source>{file}: {count} empty cell(s): no row written for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="598"/>
        <source>Check C1 (naf = Σ destinations ± 1 m²): {tested} tested, {failed} exception(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="600"/>
        <source>Check C1 exceptions (listed in the anomalies table): {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="602"/>
        <source>Check C2 (annual flows = windows): {tested} tested, {failed} exception(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="604"/>
        <source>Check C2 exceptions (listed in the anomalies table): {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="606"/>
        <source>Destinations absent from this release (no rows, not zero): {dest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_consumption_io.py" line="51"/>
        <source>{layer} holds several releases ({releases}): the latest, {release}, is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="56"/>
        <source>{layer}: no commune has {field} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="57"/>
        <source>{layer}: no consumption row for the communes of {territory}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="59"/>
        <source>{layer}: release {release} not found (releases: {releases})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="61"/>
        <source>{layer}: several releases ({releases}); the most recent one, {release}, is reported (choose another with RELEASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="64"/>
        <source>{layer}: {count} commune(s) of the territory have no row: {communes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="66"/>
        <source>The 1 ha guarantee applies to eligible communes only: ignored for {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="68"/>
        <source>{layer}: no row for territory {territory} nor for its communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="70"/>
        <source>Synthetic input data: every output is stamped SYNTHÉTIQUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_data.py" line="71"/>
        <source>{layer}: some communes have no surface_ha: the area is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="63"/>
        <source>{parameter}: the template {value!r} has no {{key}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="39"/>
        <source>{layer}: missing field(s) {fields} (expected {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/fields.py" line="14"/>
        <source>{layer}: field {field} is not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="41"/>
        <source>{layer}: feature {fid}: field {field} is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="42"/>
        <source>{layer}: no release field to choose release {release}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="44"/>
        <source>{layer}: several releases ({releases}); {release} is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="46"/>
        <source>{layer}: feature {fid} has an empty {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="47"/>
        <source>{layer}: commune {insee} appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="48"/>
        <source>{layer}: commune {insee}: eligibility {field} = {value!r} is not 1/0, true/false or oui/non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="51"/>
        <source>{layer}: {count} commune(s) without a group key are left out: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="53"/>
        <source>{layer}: feature {fid}: year {year}: deductions only apply to consumption since 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_inputs.py" line="55"/>
        <source>{layer}: {count} commune(s) not in {communes} are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_report.py" line="59"/>
        <source>{layer}: no polygon geometry: the report has no map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_report.py" line="60"/>
        <source>The PDF could not be written to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_delineation.py" line="34"/>
        <source>{n} activities, {c} clusters ({core} core, {border} border, {noise} noise points; {cut} links cut by barriers): {k} perimeters, {r} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="47"/>
        <source>{layer}: reprojected from {crs} to Lambert-93 (EPSG:2154)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="48"/>
        <source>{layer}: no CRS, read as Lambert-93 (EPSG:2154)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="49"/>
        <source>{layer}: {n} points with a negative number of dwellings skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="52"/>
        <source>{layer}: {n} dwellings on {p} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="53"/>
        <source>{layer}: perimeters projected to {crs} for the overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="54"/>
        <source>{layer}: {n} dwellings in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="55"/>
        <source>No dwellings given: every candidate fails the housing rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="56"/>
        <source>Barriers: {n} segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="57"/>
        <source>{layer}: no activity point left to analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="58"/>
        <source>Synthetic input (demo data, not real data): {layers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="63"/>
        <source>{layer}: the grid would have {cells} cells ({cols} × {rows}), over the limit of {limit}: choose a coarser resolution or a smaller extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="66"/>
        <source>{layer} ({what}): the layer has no coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="68"/>
        <source>{layer} ({what}) is in a geographic CRS ({crs}): distances and areas need metres; reproject it to Lambert-93 (EPSG:2154)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_continuums.py" line="33"/>
        <source>{layer}: the habitat layer has no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_continuums.py" line="34"/>
        <source>Self-check: intersection over union with the vector buffer-out-then-in = {iou}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_continuums.py" line="36"/>
        <source>{layer} is in {crs}: continuums reprojected to Lambert-93</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_costdistance.py" line="33"/>
        <source>{layer}: sources reprojected to the CRS of {raster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_costdistance.py" line="34"/>
        <source>{layer}: {n} polygons too thin to cover a cell centre use the cell of their inner point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_costdistance.py" line="36"/>
        <source>{layer}: no source lies inside the raster {raster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_costdistance.py" line="37"/>
        <source>{layer}: {n} sources outside the raster {raster} are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_costdistance.py" line="39"/>
        <source>{layer}: every source lies on impassable cells (friction nodata) of {raster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_costdistance.py" line="41"/>
        <source>{layer}: {cells} source cells on impassable cells (friction nodata) are dropped; {n} sources lose all their cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_reservoirs.py" line="35"/>
        <source>{layer}: no zoning type field {field} and no type in the layer name ({types})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_reservoirs.py" line="37"/>
        <source>{layer} is in {crs}: reprojected to Lambert-93 (EPSG:2154)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_reservoirs.py" line="39"/>
        <source>Zonings of type {type} left out: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_reservoirs.py" line="40"/>
        <source>Habitat (friction ≤ {max}): {kept} patches of at least {min} ha, {dropped} smaller ones dropped ({conn}-connectivity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_reservoirs.py" line="43"/>
        <source>{layer} is in {crs}: patches reprojected to Lambert-93</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="56"/>
        <source>{layer}: no class field {field} and no class in the layer name; classes: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="58"/>
        <source>{layer}: the extent is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="61"/>
        <source>{layer}: no land-cover polygon in the extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="62"/>
        <source>{layer}: land-cover codes must be whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="63"/>
        <source>{layer}: every cell of the land cover is nodata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="64"/>
        <source>{cls}: {count} lines, width {width} m, friction {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="66"/>
        <source>Light: {lit} lit cells ({mode})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/aggregation_io.py" line="48"/>
        <source>{layer}: parent key field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_report.py" line="64"/>
        <source>{layer}: territory field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/outputs.py" line="40"/>
        <source>{output}: cannot write into the folder {folder} (read-only, or not a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/outputs.py" line="43"/>
        <source>{output}: {path} is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/outputs.py" line="44"/>
        <source>{output}: {path} is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/outputs.py" line="45"/>
        <source>{output}: the existing file {path} is read-only and cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/outputs.py" line="49"/>
        <source>{output}: the result could not be moved to {path} ({problem}); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/numbers.py" line="25"/>
        <source>{what}: {value} is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/numbers.py" line="27"/>
        <source>{what}: {value} is beyond the largest value a Float32 raster holds (3.4e+38)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/textfiles.py" line="23"/>
        <source>{file}: cannot read the file ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/textfiles.py" line="24"/>
        <source>{file}: read as {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/numbers.py" line="35"/>
        <source>{what}: about {needed} GiB of memory would be needed, more than this computer can give ({available} GiB); choose a coarser resolution, a smaller extent or a shorter distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/textfiles.py" line="20"/>
        <source>{file}: not a text file in UTF-8 or Windows-1252 (byte {offset}); save it as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="94"/>
        <source>{layer}: field {field} holds a value that is not a finite number ({value}): a sum or a rate with it would mean nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="45"/>
        <source>Parameter {name}: {value} is out of range ({low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="107"/>
        <source>{layer}: {count} cell(s) hold a negative or infinite value (e.g. {value}): inhabitants and m² are finite numbers ≥ 0; mark missing cells as nodata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="50"/>
        <source>{layer}: {n} points with a number of dwellings that is not finite skipped (e.g. {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_inputs.py" line="51"/>
        <source>{layer}: {n} cells with a negative or non-finite number of dwellings counted as 0 (e.g. {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="128"/>
        <source>The maximum cost {value} is beyond any cost this friction can give (at most {bound}): give 0 for no limit, or a value between 0 and {bound}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="71"/>
        <source>{table}, line {line}, column {column}: {value} is not a finite friction; leave the cell empty for an impassable class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="73"/>
        <source>{table}, line {line}, column {column}: {value} is beyond the largest value a Float32 raster holds (3.4e+38)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="86"/>
        <source>Light ({mode}): {count} cells would get a friction beyond the largest value a Float32 raster holds (3.4e+38); lower the multiplier or the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/parameters.py" line="23"/>
        <source>{what}: {value} m is outside the sensible range of a cell size, {low} to {high} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/parameters.py" line="25"/>
        <source>{what}: {value} m grows the habitat by {half} m, less than one cell ({cell} m), so nothing would change; give a distance between {low} and {high} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/parameters.py" line="27"/>
        <source>{what}: {value} m is beyond any dispersal distance; give a distance between {low} and {high} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="78"/>
        <source>{layer}: the file {file} is truncated or damaged, its cells cannot be read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="80"/>
        <source>{layer}: the file {file} is truncated or damaged: it has {size} bytes, its cells go up to byte {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="82"/>
        <source>{layer}: {count} negative values in the friction (lowest {lowest}): a friction is zero or positive, nodata marks impassable cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="84"/>
        <source>{layer}: {count} cells hold an infinite friction: mark impassable cells with nodata (or NaN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/raster.py" line="86"/>
        <source>{layer}: {count} friction values are beyond the largest value a Float32 raster holds (3.4e+38), up to {highest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_friction.py" line="54"/>
        <source>{layer}: {count} lamps with an empty, zero, negative or non-finite {field} are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/numbers.py" line="31"/>
        <source>{what}: {value} is outside the sensible range, {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/sinks.py" line="18"/>
        <source>{output}: a feature could not be written ({problem}); no output was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/artificialisation.py" line="113"/>
        <source>{layers}: polygons of millésime {year} overlap in {count} commune(s) ({communes}): {ha} ha would be counted twice (polygons present twice?); remove the duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/artificialisation.py" line="116"/>
        <source>Layers {layers} give the same millésime {year} over {count} commune(s) ({communes}): {ha} ha would be counted twice; give each millésime of a département once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/artificialisation.py" line="119"/>
        <source>{layers}: polygons of millésime {year} overlap in {count} commune(s) ({communes}): {ha} ha counted twice (less than 0.1 % of each commune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/projects.py" line="41"/>
        <source>Horizon {value}: not a plausible year (between {low} and {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/projects.py" line="43"/>
        <source>{layer}: field {field}: value {value!r} is not a year (e.g. 2030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/projects.py" line="45"/>
        <source>{layer}: field {field}: no project has the status(es) {statuses}; the values present are: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/projects.py" line="48"/>
        <source>{layer}: field {field}: no project has the status(es) {statuses} (values present: {values})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/projects.py" line="50"/>
        <source>{layer}: field {field}: {count} key(s) appear on several rows, e.g. {key} ({rows} rows); one row per key is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/geometry.py" line="45"/>
        <source>{layer}: {count} invalid geometry(ies) empty after repair with makeValid, feature(s) ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/geometry.py" line="47"/>
        <source>{layer}: {count} feature(s) without geometry ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="192"/>
        <source>{file}: column {column}, line {line} (commune {insee}): {value} is not a finite number (NaN or infinity): nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/gpkg_store.py" line="27"/>
        <source>{path}: the GeoPackage is locked by another program: close it (or stop editing its layers) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="38"/>
        <source>{layer}: no commune to group (the layer, or its filter, leaves none): nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="40"/>
        <source>No commune has a group ({count} with an empty group): nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="38"/>
        <source>{layer}: {count} row(s) with a NULL value (first: row {row}, field {field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="40"/>
        <source>{layer}: {count} row(s) whose {field} is not a number (first: row {row}, value {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="42"/>
        <source>{layer}: {count} row(s) whose {field} is not a whole number (first: row {row}, value {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="45"/>
        <source>{layer}: {count} row(s) whose {field} is not a finite number (first: row {row}, value {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="48"/>
        <source>{layer}: {count} row(s) with an impossible year in {field} (first: row {row}, value {value}; expected {first} to {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="51"/>
        <source>{layer}: {count} row(s) with an unknown destination in {field} (first: row {row}, value {value}; expected {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="54"/>
        <source>{layer}: {count} row(s) whose {field} is not an INSEE commune code (first: row {row}, value {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="57"/>
        <source>{layer}: {count} row(s) repeat a commune, year and destination already given (first: row {row}, commune {insee}, year {year}, destination {destination}); they would be counted twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="60"/>
        <source>{layer}: {count} negative value(s) of {field}, kept in every sum (Cerema corrections; first: row {row}, commune {insee}, year {year}, {value} m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/long_table.py" line="63"/>
        <source>{layer}: {count} row(s) would make the totals wrong (listed above): nothing was computed. Correct them, or import the Cerema file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="87"/>
        <source>{territory}: negative reduction rate {rate} %: its 2021-2031 envelope is larger than its 2011-2020 consumption (allowed, but check the rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_cerema_io.py" line="49"/>
        <source>{file}: the text around line {line} is not in {encoding} like the lines before it: save the file as CSV UTF-8 and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_long_table.py" line="43"/>
        <source>{path}: the table {table} cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_report.py" line="61"/>
        <source>The report could not be moved into {folder} ({error}): the folder was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/outputs.py" line="48"/>
        <source>{output}: the layer cannot be created ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/layer_look.py" line="36"/>
        <source>{layer}: the style {style} could not be applied ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/charts.py" line="47"/>
        <source>The charts need matplotlib, which ships with QGIS: install python3-matplotlib (Debian) or use a QGIS installation that includes it ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/charts.py" line="50"/>
        <source>{file}: charts are written as {expected}, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/charts.py" line="52"/>
        <source>a chart&apos;s resolution must be 10 to 1200 DPI, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/charts.py" line="53"/>
        <source>Index, base 100 in {vintage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/comparateur.py" line="53"/>
        <source>{file}: no commune code column ({expected}): not an INSEE comparateur commune base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/comparateur.py" line="55"/>
        <source>{file}: no column is a known indicator of the catalogue {catalogue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/comparateur.py" line="57"/>
        <source>the indicator catalogue {name} is missing from {dirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="71"/>
        <source>{file}: the file has no header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="72"/>
        <source>{file}: no column {column} (the mapping&apos;s {key}); the header has: {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="74"/>
        <source>{file}, line {line}, column {column}: {value!r} is neither a number nor a secret or missing marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="77"/>
        <source>{file}, line {line}: the territory code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="78"/>
        <source>{file}, line {line}: {found} cell(s) where the header has {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="80"/>
        <source>{file}, line {line}: {territory}, {indicator}, vintage {vintage} is already given on line {first} with another value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="83"/>
        <source>{file}, line {line}: unknown status {value!r} (expected one of: {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="85"/>
        <source>{where}: expected indicator@vintage or {{indicator: ..., vintage: ...}}, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/csv_import.py" line="239"/>
        <source>{where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="47"/>
        <source>IRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="48"/>
        <source>Priority neighbourhood (QPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="55"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="50"/>
        <source>Intercommunality (EPCI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="59"/>
        <source>SCoT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="52"/>
        <source>Pôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="53"/>
        <source>Agency area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="54"/>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="55"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="56"/>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="79"/>
        <source>{what}: unknown territory level {value!r} (expected one of: {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="81"/>
        <source>indicator {indicator}: unknown aggregation {value!r} (expected one of: {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="83"/>
        <source>indicator {indicator}: a ratio of sums needs a numerator and a denominator indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="85"/>
        <source>indicator {indicator}: a ratio cannot be its own numerator or denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="87"/>
        <source>{what}: {value!r} is not a valid identifier (letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos; only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="89"/>
        <source>{territory} {indicator} {vintage}: unknown status {value!r} (expected one of: {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="91"/>
        <source>{territory} {indicator} {vintage}: a value with status {status} needs a finite number (got {value!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="94"/>
        <source>{territory} {indicator} {vintage}: a {status} value carries no number (got {value!r}): secret and missing values are never stored as numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/model.py" line="97"/>
        <source>indicator {indicator}: the factor must be a finite number (got {value!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/package.py" line="39"/>
        <source>{path}: not an AULA territory GeoPackage (no readable commune table: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheets.py" line="80"/>
        <source>{where}: format_version {value!r} is not supported (this version reads {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheets.py" line="82"/>
        <source>{where}: {value!r} is not a vintage (a year such as 2021, or {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheets.py" line="84"/>
        <source>{where}: the block id {value!r} is already used by another block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheets.py" line="86"/>
        <source>the fact sheet {name} is missing from {dirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="41"/>
        <source>{file}, line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="22"/>
        <source>{where}, section {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="23"/>
        <source>{where}, block {block}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="43"/>
        <source>{where}, key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="50"/>
        <source>{where}: not valid YAML ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="26"/>
        <source>{where}: reading YAML files needs PyYAML, which ships with QGIS: install python3-yaml (Debian) ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="29"/>
        <source>{where}: expected a mapping of keys, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="30"/>
        <source>{where}: expected a list, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="31"/>
        <source>{where}: expected a text, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="32"/>
        <source>{where}: expected a number, got {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="68"/>
        <source>{where}: the list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="57"/>
        <source>{where}: missing key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="58"/>
        <source>{where}: unknown key {key} (expected one of: {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/spec.py" line="37"/>
        <source>{where}: {value!r} is not one of: {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/store.py" line="108"/>
        <source>{path}: no indicator tables ({tables}): import indicators first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/store.py" line="110"/>
        <source>{path}: table {table}, row {fid}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="60"/>
        <source>vintage not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="61"/>
        <source>{territory}, {indicator}: s = statistical secret (the source does not publish the figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="63"/>
        <source>{territory}, {indicator}: n.d. = not available ({vintage})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="65"/>
        <source>{territory}, {indicator}: n.d. = not available ({vintage}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="67"/>
        <source>{territory}, {indicator}: n.d. = not available: this indicator (a median or the like) cannot be computed from its members, only a value published by its source could be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="70"/>
        <source>{territory}, {indicator}: estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="71"/>
        <source>{indicator}: the indicator base has no such indicator: import it (n.d. everywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="73"/>
        <source>{territory}: no natural and migration balance for {start}-{end}: births or deaths are lacking for {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="76"/>
        <source>no comparison zone chosen: the nearest parent is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="77"/>
        <source>{territory}, {indicator}: the value&apos;s vintage is not stated: it cannot be placed in the evolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="80"/>
        <source>{indicator}: vintages differ: {territory} {vintage}, reference {reference} {reference_vintage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="83"/>
        <source>{indicator}: vintages differ in one row: {vintages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="84"/>
        <source>{value} pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="85"/>
        <source>index {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/view.py" line="86"/>
        <source>%/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="38"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="39"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="40"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="41"/>
        <source>Vintage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="42"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="43"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="44"/>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="45"/>
        <source>Annual average rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="46"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="47"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="48"/>
        <source>compared with: {parents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="49"/>
        <source>{code}: no commune nor territory of that code in the territory layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/sheet_print.py" line="51"/>
        <source>{territory} ({code}): no commune belongs to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/fact_sheet_export.py" line="38"/>
        <source>{layer}: not a table of an AULA territory GeoPackage (the package or its working copy): the communes&apos; parents are read from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/fact_sheet_export.py" line="41"/>
        <source>The sheets could not be moved into {folder} ({error}): the folder was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/fact_sheet_pdf.py" line="57"/>
        <source>… and {count} more note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_report.py" line="84"/>
        <source>page {page}/{pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/register_figures.py" line="47"/>
        <source>no result in the working copy: run {algorithm} (its output written into the working copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/register_figures.py" line="49"/>
        <source>the latest result of {algorithm} ({table}) does not cover this territory: run it for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/results_register.py" line="39"/>
        <source>The results register of the working copy was not updated: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="42"/>
        <source>{where}, rule {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="44"/>
        <source>{file}: {count} problem(s) in the SCoT rule file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="45"/>
        <source>Rule file checked with the plugin&apos;s built-in schema checker: the jsonschema library is not installed (Debian: apt install python3-jsonschema; Windows: pip install jsonschema in the OSGeo4W shell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="51"/>
        <source>{where}: reading the rule file needs PyYAML, which ships with QGIS: install python3-yaml (Debian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="54"/>
        <source>{where}: the key {key} is given twice (first line {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="56"/>
        <source>{where}: expected {expected}, found {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="59"/>
        <source>{where}: unknown key {key}: no free SQL in a rule file; select features with a QGIS expression in the key filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="62"/>
        <source>{where}: {value} is not one of: {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="63"/>
        <source>{where}: {value} is below the minimum, {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="64"/>
        <source>{where}: {value} is above the maximum, {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="65"/>
        <source>{where}: {value} must be greater than {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="66"/>
        <source>{where}: {value} does not have the expected form ({limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="67"/>
        <source>{where}: the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="70"/>
        <source>{where}: give exactly one of path, table or aula_output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="71"/>
        <source>{where}: output only goes with aula_output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="72"/>
        <source>{where}: {algorithm} has no output {output} (expected one of: {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="74"/>
        <source>{where}: geometry {declared} is declared, but {source} holds {actual}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="76"/>
        <source>{where}: the id {id} is already used line {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="77"/>
        <source>{where}: unknown subject {name} (declared: {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="78"/>
        <source>{where}: unknown source {name} (declared: {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="79"/>
        <source>{where}: {op} measures areas but {source} holds {geometry} geometries: state buffer_m, the width in metres within which the rule tests them (never a silent 0 m² overlap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="82"/>
        <source>{where}: {source} is a table without geometry; {op} needs a layer with geometries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="84"/>
        <source>{where}: the function {function} is not accepted in a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="86"/>
        <source>{where}: give exactly one of value, field or by_class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="87"/>
        <source>{where}: a threshold read from a joined table (field) is only accepted by outside_envelope_per_commune, with test.budget naming the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="90"/>
        <source>{where}: test.budget names a table but threshold.field does not name its column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="92"/>
        <source>{where}: give warning or warning_pct, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="93"/>
        <source>{where}: the warning limit {warning} must lie beyond the threshold {value} (measure {sign} threshold passes, the warning band comes after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="96"/>
        <source>{where}: warning_pct {value} must be {sign} 100 for the comparison {op}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="98"/>
        <source>{where}: unit {unit} does not fit {op} (expected one of: {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="99"/>
        <source>{where}: scope {scope} needs {field} on the subject {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="100"/>
        <source>{where}: outside_envelope_per_commune sums areas per commune: scope feature is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="102"/>
        <source>{where}: {crs} is a geographic CRS: metrics need a projected CRS such as EPSG:2154</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="106"/>
        <source>a mapping of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="107"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="108"/>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="109"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="110"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="111"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/loader.py" line="112"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="53"/>
        <source>These findings measure and document; they do not pronounce a legal verdict. Compatibility with the SCoT is a global judgement over the whole territory and all prescriptions together (Conseil d'État, 18 December 2017, n° 395216): a failed compatibility rule is a deviation to be assessed, not an illegality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="60"/>
        <source>respected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="61"/>
        <source>to be examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="62"/>
        <source>deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="63"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="64"/>
        <source>not evaluable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="68"/>
        <source>area outside the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="72"/>
        <source>overlap area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="71"/>
        <source>distance to the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="73"/>
        <source>housing density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="74"/>
        <source>area outside the urban envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="75"/>
        <source>distance to the nearest reference feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="77"/>
        <source>share of the subject overlapping the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="79"/>
        <source>{title}: respected ({measure_name} {measure}, threshold {sign} {threshold})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="80"/>
        <source>{title}: to be examined ({measure_name} {measure}, beyond the threshold {sign} {threshold} but within the warning band, limit {warning})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="83"/>
        <source>{title}: to be examined ({measure_name} {measure}, threshold {sign} {threshold}); the rule only warns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="87"/>
        <source>{title}: deviation from the SCoT to be assessed ({measure_name} {measure}, threshold {sign} {threshold}); compatibility is judged globally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="90"/>
        <source>{title}: rule not met ({measure_name} {measure}, threshold {sign} {threshold})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="92"/>
        <source>{title}: departure from the orientation, to be justified ({measure_name} {measure}, threshold {sign} {threshold})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="95"/>
        <source>{title}: for information, beyond the threshold ({measure_name} {measure}, threshold {sign} {threshold})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="99"/>
        <source>{title}: not applicable ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="100"/>
        <source>{title}: not evaluable ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="101"/>
        <source>{message}; note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="103"/>
        <source>{area} outside the reference, within the {tolerance} tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="106"/>
        <source>the applicability filter is false for this subject: {filter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="107"/>
        <source>nothing could be measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="108"/>
        <source>the measure is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="109"/>
        <source>no threshold for the class “{class_name}” in the rule file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="110"/>
        <source>no value of {field} for this territory in the joined table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="111"/>
        <source>the reference layer {source} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="112"/>
        <source>the reference layer {source} has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="113"/>
        <source>the field {field} is missing from {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="114"/>
        <source>invalid geometry ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="115"/>
        <source>the subject has no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="116"/>
        <source>the subject&apos;s area is zero: no density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/status.py" line="117"/>
        <source>the subject&apos;s commune is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="264"/>
        <source>{file}: its .cpg names the encoding &apos;{value}&apos;, which is not known: write UTF-8, 1252 or ISO-8859-1 in it (the encoding the table was saved in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="267"/>
        <source>{file}: its .cpg says {encoding} but the text of field {field} (record {record}) is not {encoding}: correct the .cpg (UTF-8, 1252 or ISO-8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="270"/>
        <source>{file}: its .cpg says {encoding} but its accented text reads as UTF-8: check the .cpg, the labels may show garbled accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="273"/>
        <source>{file}: read as {encoding} (its .cpg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="274"/>
        <source>{file}: no .cpg file: read as UTF-8 (every text is valid UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="276"/>
        <source>{file}: no .cpg file and the text is not UTF-8 (field {field}, record {record}): read as Windows-1252; add a .cpg naming the encoding to be sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="279"/>
        <source>{file}: not a dBASE table (.dbf) ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="411"/>
        <source>{layer}: the required field {field} is missing (CNIG standard {table})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="413"/>
        <source>{layer}: the field {field} is not in the CNIG standard {table} (kept as it is; extra fields should start with LIB_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="416"/>
        <source>{layer}: the required field {field} is empty ({count} feature(s), e.g. feature {fid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="418"/>
        <source>{layer}: field {field}: value &apos;{value}&apos; is not one of {allowed} ({count} feature(s), e.g. feature {fid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="421"/>
        <source>{layer}: field {field}: value &apos;{value}&apos; does not have the expected form {pattern} ({count} feature(s), e.g. feature {fid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="424"/>
        <source>{layer}: field {field}: value &apos;{value}&apos; is longer than {max} characters ({count} feature(s), e.g. feature {fid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/cnig.py" line="427"/>
        <source>{layer}: field {field}: code '{value}' is no commune (a département code ending in 000; {count} feature(s), e.g. feature {fid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="53"/>
        <source>{source}: no table of the CNIG PLU standard (ZONE_URBA, PRESCRIPTION_SURF/LIN/PCT, INFO_SURF/LIN/PCT, DOC_URBA) nor of the CNIG PPR standard was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="56"/>
        <source>{source}: give the folder of the shapefiles, one of its shapefiles or a GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="58"/>
        <source>{source}: two files hold the table {table} ({first} and {second}): keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="60"/>
        <source>{layer}: cannot be read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="61"/>
        <source>{layer}: no coordinate reference system (the .prj is missing or unreadable): add the .prj of its projection (Lambert-93, EPSG:2154)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="64"/>
        <source>{layer}: its coordinates are in a geographic CRS ({crs}), in degrees: reproject it to Lambert-93 (EPSG:2154) first, so that areas and distances are in metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="67"/>
        <source>{layer}: its projection ({crs}) is Lambert-93: written as EPSG:2154</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="69"/>
        <source>{layer}: feature {fid} has an invalid geometry ({problem}): imported as it is, to be repaired; checks on it will not count as passing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="72"/>
        <source>{layer}: feature {fid} has no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="73"/>
        <source>{layer}: 3D geometries ({count} feature(s)) written in 2D (the heights are dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_cnig.py" line="75"/>
        <source>{layer} -&gt; {table}: {count} feature(s), {issues} departure(s) from the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/package_import.py" line="74"/>
        <source>{file}: the header is not the one of the INSEE comparateur commune base ({problem}); give a mapping file (YAML) describing its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/package_import.py" line="77"/>
        <source>{file}: none of its {count} territories is a commune of the territory GeoPackage {target}: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/indicators/package_import.py" line="80"/>
        <source>the COG corrections table {name} is missing from {dirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/circuit.py" line="70"/>
        <source>{count} cells have a negative value: resistances and conductances must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/circuit.py" line="72"/>
        <source>{count} cells have a zero resistance: use a small positive value, or nodata for a barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/circuit.py" line="74"/>
        <source>No focal node falls on the raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/circuit.py" line="75"/>
        <source>Pairwise mode needs at least two focal nodes; only {count} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/circuit.py" line="77"/>
        <source>The focal nodes grid does not match the raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_circuit.py" line="25"/>
        <source>{layer}: the focal node identifiers must be positive integers (found {value!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_circuit.py" line="27"/>
        <source>{layer}: no field named {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_circuit.py" line="28"/>
        <source>Focal nodes on nodata (or zero conductance) cells of {raster}: {ids}. Move them onto passable cells or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_circuit.py" line="31"/>
        <source>{layer} must have the same extent, resolution and CRS as {raster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_circuit.py" line="33"/>
        <source>{layer}: reprojected to the CRS of {raster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_circuit.py" line="34"/>
        <source>{layer}: {n} features fall outside the raster {raster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_circuit.py" line="35"/>
        <source>{layer}: no feature lies inside the raster {raster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="56"/>
        <source>feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="57"/>
        <source>commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="58"/>
        <source>EPCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="62"/>
        <source>compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="63"/>
        <source>conformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="64"/>
        <source>taking into account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="65"/>
        <source>information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="67"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="68"/>
        <source>{name}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="69"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="70"/>
        <source>{threshold}, warning up to {sign} {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="72"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="73"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="74"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="75"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="76"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="77"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="78"/>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="79"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="80"/>
        <source>p. {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="81"/>
        <source>no evidence geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="83"/>
        <source>the overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="84"/>
        <source>the part outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="85"/>
        <source>the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="86"/>
        <source>the shortest line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="88"/>
        <source>{status}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/results_view.py" line="89"/>
        <source>{subject} ({scope} {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="34"/>
        <source>SCoT compatibility check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="35"/>
        <source>Legal caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="36"/>
        <source>Rules: {file} (SHA-256 {sha}), {count} rule(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="37"/>
        <source>{count} finding(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="38"/>
        <source>Summary per rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="39"/>
        <source>Summary per commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="40"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="41"/>
        <source>Not applicable and not evaluable findings are counted apart: they are never counted as respected. “Measured” counts the findings compared with a threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="44"/>
        <source>No finding for this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="45"/>
        <source>Map extract: {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="46"/>
        <source>No evidence geometry for this finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="47"/>
        <source>Map: the evidence in the colour of its status (red: deviation, orange: to be examined, green: respected) over the subject (blue outline) and the communes (grey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="52"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="53"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="54"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="56"/>
        <source>Rules with a deviation or to be examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="57"/>
        <source>no commune (EPCI, SCoT or unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="64"/>
        <source>Warning band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="71"/>
        <source>{label} (layer {layer}, feature {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="72"/>
        <source>{scope} {key} (layer {layer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="73"/>
        <source>{subject}, commune {insee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="75"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="76"/>
        <source>between {threshold} and {warning}: to be examined; beyond: deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="77"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="79"/>
        <source>dwellings/ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="94"/>
        <source>overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="95"/>
        <source>part outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="96"/>
        <source>shortest line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/scot/report_data.py" line="97"/>
        <source>the subject itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_report.py" line="80"/>
        <source>The report must be an .html or a .pdf file, not “{suffix}”: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_report.py" line="82"/>
        <source>The report's language must be “fr” or “en”, not “{language}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_checks.py" line="70"/>
        <source>the test measures areas but the subject&apos;s test geometry is a {geometry}: use within_distance or distance_to_nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_checks.py" line="73"/>
        <source>no number of dwellings in {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_checks.py" line="74"/>
        <source>{count} of its subject(s) could not be measured ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_checks.py" line="75"/>
        <source>the subject has no {scope} key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_checks.py" line="282"/>
        <source>{layer}: {count} invalid reference geometry(ies) repaired with makeValid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="56"/>
        <source>the reference layer {source} is missing: no reference GeoPackage (give REFERENCES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="58"/>
        <source>the reference layer {source} is missing: no result of {algorithm} ({output}) in the results register of {gpkg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="61"/>
        <source>the subject layer {layer} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="66"/>
        <source>the filter of {source} refers to the field {field}, missing from {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="69"/>
        <source>{layer}: its CRS {crs} is geographic (degrees): metrics need a projected CRS; reproject the layer to Lambert-93 (EPSG:2154) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="72"/>
        <source>Rule {rule}: the filter {filter} is not a valid QGIS expression ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="74"/>
        <source>Rule {rule}: the field {field} is missing from the layer {layer} (fields: {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="76"/>
        <source>None of the rule file&apos;s subjects was found ({subjects}): the SUBJECTS layer is {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/scotcompatibility.py" line="38"/>
        <source>{path}: the SCoT report cannot be written by this version of the plugin (its report module is missing); run again without REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/migrations.py" line="34"/>
        <source>{path} uses data schema {version}, newer than this tool knows ({current}): update the plugin (or aula-gpkg) instead of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/migrations.py" line="37"/>
        <source>{path}: the backup could not be written ({reason}): nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="139"/>
        <source>Backing up the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/migrations.py" line="40"/>
        <source>Updating the data schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/migrations.py" line="74"/>
        <source>Provenance of imports (source file, checksum, operator, counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/provenance.py" line="49"/>
        <source>{path}: the GeoPackage has no aula_provenance table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/provenance.py" line="50"/>
        <source>aula_provenance has no column {columns}: update the package&apos;s schema first (aula-gpkg migrate, or open the territory project in QGIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/provenance.py" line="53"/>
        <source>a provenance row names no layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="78"/>
        <source>The file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="79"/>
        <source>Choose an existing GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="80"/>
        <source>Not an SQLite database, hence not a GeoPackage ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="81"/>
        <source>Choose the .gpkg file itself; restore it from a backup if it was overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="83"/>
        <source>The file is truncated: {size} bytes where its header announces {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="85"/>
        <source>The copy or download was interrupted: copy the file again or restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="87"/>
        <source>SQLite cannot read the file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="88"/>
        <source>Restore a backup; else recover what can be: sqlite3 damaged.gpkg .recover | sqlite3 recovered.gpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="91"/>
        <source>SQLite database without the GeoPackage signature (application_id {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="93"/>
        <source>Convert it with ogr2ogr -f GPKG new.gpkg old_file, or choose the right file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="95"/>
        <source>SQLite integrity check: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="96"/>
        <source>Restore a backup; else rebuild the file: sqlite3 damaged.gpkg .recover | sqlite3 recovered.gpkg, then check it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="99"/>
        <source>The GeoPackage table {table} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="100"/>
        <source>The file is not a valid GeoPackage: rewrite it with ogr2ogr -f GPKG new.gpkg file.gpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="102"/>
        <source>The required spatial reference system {srs_id} is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="104"/>
        <source>Rewrite the file with ogr2ogr -f GPKG new.gpkg file.gpkg (GDAL adds the required definitions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="107"/>
        <source>Listed in gpkg_contents but the table does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="109"/>
        <source>Restore the table from a backup, or remove the entry: DELETE FROM gpkg_contents WHERE table_name = &apos;{table}&apos; (and from gpkg_geometry_columns, gpkg_extensions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="112"/>
        <source>{where} refers to spatial reference system {srs_id}, which is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="114"/>
        <source>Set the right SRS id (2154, Lambert-93, for AULA layers) in gpkg_contents and gpkg_geometry_columns, or add its definition to gpkg_spatial_ref_sys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="117"/>
        <source>Feature table without a spatial reference system in gpkg_contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="119"/>
        <source>UPDATE gpkg_contents SET srs_id = 2154 WHERE table_name = &apos;{table}&apos; (if Lambert-93)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="121"/>
        <source>Table not listed in gpkg_contents: QGIS does not show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="122"/>
        <source>Register it (INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES (&apos;{table}&apos;, &apos;attributes&apos;, &apos;{table}&apos;)) or drop it if it is left over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="125"/>
        <source>Feature table without its row in gpkg_geometry_columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="127"/>
        <source>Rewrite the layer with ogr2ogr (or QGIS&apos;s Package layers), which registers its geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="129"/>
        <source>gpkg_geometry_columns names this table, which gpkg_contents does not list as features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="131"/>
        <source>Correct gpkg_contents.data_type to &apos;features&apos;, or delete the stale geometry column row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="133"/>
        <source>The geometry column {column} does not exist in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="135"/>
        <source>Correct gpkg_geometry_columns.column_name, or restore the table from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="137"/>
        <source>gpkg_geometry_columns gives SRS {geometry_srs}, gpkg_contents {contents_srs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="139"/>
        <source>Give both tables the layer&apos;s real SRS (2154 for AULA layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="141"/>
        <source>No spatial index (R-tree) on {column}: maps and spatial queries are slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="143"/>
        <source>In QGIS: Layer Properties › Source › Create Spatial Index; or ogrinfo file.gpkg -sql &quot;SELECT CreateSpatialIndex('{table}', '{column}')&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="146"/>
        <source>The spatial index is declared (gpkg_extensions) but its table rtree_{table}_{column} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="149"/>
        <source>Rebuild the index: ogrinfo file.gpkg -sql &quot;SELECT DisableSpatialIndex('{table}', '{column}')&quot; then -sql &quot;SELECT CreateSpatialIndex('{table}', '{column}')&quot; (or QGIS: Layer Properties › Source › Create Spatial Index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="153"/>
        <source>The spatial index has no {which} trigger: edits no longer update it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="155"/>
        <source>The spatial index does not match the geometries: {missing} missing, {orphans} left over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="157"/>
        <source>{count} rows refer to missing rows of {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="158"/>
        <source>Restore the missing rows of {parent} from a backup, or delete or correct the rows of {table} (PRAGMA foreign_key_check lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="161"/>
        <source>No aula_metadata.schema_version: not an AULA territory package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="163"/>
        <source>Choose the territory GeoPackage (your working copy or the one shipped with the plugin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="165"/>
        <source>Data schema {version}, older than the current one ({current})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="167"/>
        <source>Update it: aula-gpkg migrate file.gpkg, or open the territory project in QGIS (a backup is made first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="170"/>
        <source>Data schema {version}, newer than this plugin knows ({current})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="172"/>
        <source>Update the plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="173"/>
        <source>The table required by the plugin is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="174"/>
        <source>Restore it from a backup, or copy it from the territory GeoPackage shipped with the plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="176"/>
        <source>Columns required by the plugin are missing: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="177"/>
        <source>Update the schema (aula-gpkg migrate file.gpkg); if it is up to date, restore the table from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/integrity.py" line="180"/>
        <source>Checking the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/pinch.py" line="62"/>
        <source>There is no link to process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/pinch.py" line="63"/>
        <source>No corridor has any passable cell (all nodata): no current can flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/pinch.py" line="65"/>
        <source>The percentile must lie between 0 and 100 (found {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="66"/>
        <source>imports need GDAL&apos;s Python bindings (Debian: python3-gdal; run with /usr/bin/python3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="68"/>
        <source>{layer}: this layer cannot be imported (importable layers: {layers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="70"/>
        <source>unknown import mode {mode!r}: replace or append</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="71"/>
        <source>{path}: the package&apos;s data schema is out of date: update it first (aula-gpkg migrate, or open the territory project in QGIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="74"/>
        <source>{path}: the source file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="75"/>
        <source>{path}: the source file cannot be read as vector data ({reason}): it may be truncated, corrupted or of another kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="78"/>
        <source>{path}: the source holds several layers ({layers}): choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="80"/>
        <source>{path}: the source has no layer {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="81"/>
        <source>{path}: the source layer {layer} has no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="82"/>
        <source>{path}: required field {field} is missing (fields: {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="84"/>
        <source>{path}: field {field} is of type {type}, the layer {layer} expects {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="86"/>
        <source>{path}: the source has no coordinate reference system; the layer {layer} is in EPSG:{srs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="88"/>
        <source>{path}: the source is in {crs}, the layer {layer} is in EPSG:{srs}: reproject it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="90"/>
        <source>{path}: {layer} is not a feature layer of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="92"/>
        <source>{path}: the layer {layer} has no key field {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="93"/>
        <source>{path}: the source could not be read to the end ({reason}): it may be truncated or corrupted; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="96"/>
        <source>{layer}: {count} feature(s) of {file} rejected: nothing was written. Correct the source, or import without them (skip rejected features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="99"/>
        <source>{layer}: no feature of {file} can be imported: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="101"/>
        <source>{path}: no import backup found beside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="102"/>
        <source>{path}: the backup {backup} could not be restored ({reason}); the package is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="105"/>
        <source>Reading the source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="106"/>
        <source>Checking the features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="107"/>
        <source>Comparing with the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="109"/>
        <source>Writing into the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="110"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="112"/>
        <source>{layer} ({mode}) from {file}: {added} added, {removed} removed, {changed} changed, {unchanged} unchanged, {rejected} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="115"/>
        <source>{what}: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="117"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="118"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="119"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="123"/>
        <source>no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="124"/>
        <source>geometry of the wrong type ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="125"/>
        <source>invalid geometry ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="126"/>
        <source>required value missing ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="127"/>
        <source>unknown code ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="128"/>
        <source>no key value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="129"/>
        <source>duplicate key ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="130"/>
        <source>key already in the layer ({detail}): use replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="132"/>
        <source>rejected, {reason}: {count} feature(s), e.g. feature {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="97"/>
        <source>Diffs and merges need the pygeodiff library, missing from this Python: install it with the Python of QGIS (python -m pip install pygeodiff) or install the Mergin Maps plugin, which carries it, then run the command again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="105"/>
        <source>{path} already exists: choose a new file name for the offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="107"/>
        <source>{path} is not an offline copy made by the checkout (no checkout_id in aula_metadata): give its base with --base, or check a new copy out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="110"/>
        <source>{path}: the snapshot of the master taken at checkout ({base}) is missing: it was moved or deleted; give it explicitly (--base) to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="113"/>
        <source>{base}: the snapshot taken at checkout has changed since (its checksum differs): it cannot serve as the common ancestor of the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="116"/>
        <source>{copy} (checkout {checkout}) was already merged into {path} on {date}: nothing done; check a new copy out to go on editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="119"/>
        <source>{path} uses an older data schema: update it first (aula-gpkg migrate, or open the territory project in QGIS), then merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="122"/>
        <source>pygeodiff could not compare {path} with its base ({reason}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="124"/>
        <source>{path} was modified by another program during the merge: nothing was written; run the merge again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="127"/>
        <source>Unknown conflict policy {policy}: use one of stop, master, copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="129"/>
        <source>{path}: not a conflict choices file ({reason}); expected the conflict report (CSV or JSON) with its resolution column set to master or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="132"/>
        <source>{path}: resolution {value!r} of {table} {key} {field}: use master or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="134"/>
        <source>Copying the package for offline work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="135"/>
        <source>Reading the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="136"/>
        <source>Computing the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="137"/>
        <source>Looking for conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="138"/>
        <source>Applying the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="140"/>
        <source>Writing the merged package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/postgis.py" line="18"/>
        <source>There is no saved PostgreSQL connection named « {name} »: add it in QGIS's Browser › PostgreSQL › New Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/postgis.py" line="21"/>
        <source>« {layer} » is a PostGIS layer: {tool} reads an AULA GeoPackage. Run it on your working copy (the territory GeoPackage), or export the layer to a GeoPackage first (right click › Export › Save Features As…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/scot_sources.py" line="62"/>
        <source>the reference layer {source} is missing: the results of {algorithm} are looked up in a GeoPackage&apos;s results register, not in the PostGIS schema {schema}; give REFERENCES (the GeoPackage holding them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="43"/>
        <source>psycopg2 or GDAL&apos;s PostgreSQL driver is missing ({reason}): install QGIS with its PostgreSQL support (Debian: python3-psycopg2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="46"/>
        <source>Cannot connect to the PostgreSQL database ({reason}): check the connection (host, port, database, user, password) in QGIS's Browser › PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="49"/>
        <source>The database {database} has no PostGIS extension: ask its administrator to run CREATE EXTENSION postgis; (nothing was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="52"/>
        <source>« {schema} » cannot be used as a schema name: use lowercase letters, digits and _ (not starting with pg_ or a digit, at most 40 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="55"/>
        <source>The schema « {schema} » already exists and is not an AULA package (no aula_metadata table): choose another schema name; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="58"/>
        <source>The schema « {schema} » already exists: allow its replacement to publish again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="60"/>
        <source>Copying the table {table} to PostgreSQL failed ({reason}): nothing was published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="62"/>
        <source>The table {table} has {published} rows in PostgreSQL and {expected} in the GeoPackage: nothing was published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="65"/>
        <source>Publishing to PostgreSQL failed ({reason}): nothing was published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="67"/>
        <source>Connecting to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="68"/>
        <source>Copying the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/postgis.py" line="69"/>
        <source>Replacing the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="58"/>
        <source>replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/imports.py" line="59"/>
        <source>append</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/maintenance/offline.py" line="101"/>
        <source>pygeodiff is installed but its library cannot be loaded ({reason}): reinstall it with the Python of QGIS (python -m pip install --force-reinstall pygeodiff), then run the command again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="347"/>
        <source>INSEE code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="61"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="62"/>
        <source>EPCI SIREN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="63"/>
        <source>EPCI name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="179"/>
        <source>Area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="66"/>
        <source>Number of features aggregated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="68"/>
        <source>Sub-network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="69"/>
        <source>Origin (zoning or habitat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="70"/>
        <source>Number of the source feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="71"/>
        <source>Maximum cost (cost units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="72"/>
        <source>Cost units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="73"/>
        <source>From reservoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="74"/>
        <source>To reservoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="75"/>
        <source>Least cost (cost units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="76"/>
        <source>Length (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="193"/>
        <source>Corridor identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="78"/>
        <source>Infrastructure class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="79"/>
        <source>Infrastructure name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="80"/>
        <source>Link importance (PC drop, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="81"/>
        <source>Class weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="82"/>
        <source>Score (importance × weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="83"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="84"/>
        <source>Capacity (ha, or the capacity field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="85"/>
        <source>Importance for connectivity dPC (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="86"/>
        <source>dPC intra: own area (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="87"/>
        <source>dPC flux: flows (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="88"/>
        <source>dPC connector: stepping stone (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="89"/>
        <source>Importance for connectivity dIIC (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="90"/>
        <source>Probability of connectivity PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="91"/>
        <source>PC numerator PCnum (ha²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="92"/>
        <source>Equivalent connected area EC (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="93"/>
        <source>Integral index of connectivity IIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="94"/>
        <source>IIC numerator IICnum (ha²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="95"/>
        <source>Number of reservoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="96"/>
        <source>Number of links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="97"/>
        <source>Number of links within the IIC threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="98"/>
        <source>Landscape area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="99"/>
        <source>Distance decay alpha (1/cost unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="100"/>
        <source>Reference distance d0 (cost units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="101"/>
        <source>Probability p0 at d0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="102"/>
        <source>IIC threshold (cost units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="195"/>
        <source>Reservoir identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="192"/>
        <source>Source number (allocation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="196"/>
        <source>Reservoir feature number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="198"/>
        <source>Conflict point identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="199"/>
        <source>Continuum identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="395"/>
        <source>Woodland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="396"/>
        <source>Grassland and open habitats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="397"/>
        <source>Wetlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="398"/>
        <source>Aquatic (watercourses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="401"/>
        <source>friction × metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="402"/>
        <source>friction × cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="651"/>
        <source>ZNIEFF type 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="652"/>
        <source>Natura 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="653"/>
        <source>Biotope protection order (APPB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="654"/>
        <source>Regional nature reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="655"/>
        <source>National nature reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="656"/>
        <source>Sensitive natural area (ENS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="657"/>
        <source>Habitat patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="662"/>
        <source>Motorway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="663"/>
        <source>National road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="664"/>
        <source>Departmental road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="665"/>
        <source>Local road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="666"/>
        <source>Railway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="667"/>
        <source>Watercourse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="668"/>
        <source>Watercourse obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="64"/>
        <source>Population (inhab.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="49"/>
        <source>Scenario, not a rule: extends the 2021-2031 NAF consumption envelope while the target after 2031 is net artificialisation (different metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="212"/>
        <source>Territory code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="105"/>
        <source>NAF consumption (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="106"/>
        <source>NAF consumption (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="107"/>
        <source>Consumption for activities (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="108"/>
        <source>Consumption for housing (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="109"/>
        <source>Consumption for mixed use (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="110"/>
        <source>Consumption for roads (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="111"/>
        <source>Consumption for railways (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="112"/>
        <source>Consumption, destination unknown (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="113"/>
        <source>Annual mean consumption (m²/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="114"/>
        <source>Consumption over the area (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="115"/>
        <source>Reduction rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="116"/>
        <source>Identifier in the rates table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="117"/>
        <source>Rate of a parent territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="118"/>
        <source>Note on the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="119"/>
        <source>Document setting the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="120"/>
        <source>Page of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="121"/>
        <source>Date of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="360"/>
        <source>Link to the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="123"/>
        <source>Consumption 2011-2020 (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="124"/>
        <source>Consumption 2011-2020 (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="125"/>
        <source>Envelope before the 1 ha guarantee (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="126"/>
        <source>1 ha guarantee (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="127"/>
        <source>Envelope 2021-2031 (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="128"/>
        <source>Envelope 2021-2031 (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="129"/>
        <source>Sum of the communes' envelopes (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="130"/>
        <source>Pooled in a PLUi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="131"/>
        <source>Gross consumption since 2021 (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="132"/>
        <source>Deduction for national projects (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="133"/>
        <source>Deduction for solar farms (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="134"/>
        <source>Deduction for renaturation (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="135"/>
        <source>Total deductions (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="136"/>
        <source>Consumption since 2021 (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="137"/>
        <source>Consumption since 2021 (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="138"/>
        <source>Share of the envelope used (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="139"/>
        <source>Remaining envelope (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="140"/>
        <source>Envelope overrun (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="141"/>
        <source>Pace since 2021 (m²/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="142"/>
        <source>Projection horizon (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="143"/>
        <source>Projected consumption by 2031 (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="144"/>
        <source>Year the envelope is exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="145"/>
        <source>Scenario rate 2031-2040 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="146"/>
        <source>Scenario envelope 2031-2040 (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="147"/>
        <source>Scenario rate 2041-2050 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="148"/>
        <source>Scenario envelope 2041-2050 (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="149"/>
        <source>Status of the scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="150"/>
        <source>Consumption of the year (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="151"/>
        <source>Consumption since 2021, cumulated (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="152"/>
        <source>Target trajectory, cumulated (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="153"/>
        <source>Remaining envelope before the projects (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="154"/>
        <source>Number of projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="155"/>
        <source>Area of the projects (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="156"/>
        <source>Part of the projects already consumed (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="157"/>
        <source>Balance after the projects (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="158"/>
        <source>Already consumed land taken from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="159"/>
        <source>Communes without an envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="160"/>
        <source>OCS GE millésime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="161"/>
        <source>Area of the communes (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="162"/>
        <source>Artificialised area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="163"/>
        <source>Artificialised share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="164"/>
        <source>Sealed area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="165"/>
        <source>Over several départements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="166"/>
        <source>First OCS GE millésime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="167"/>
        <source>Second OCS GE millésime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="168"/>
        <source>Artificialisation (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="169"/>
        <source>Renaturation (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="170"/>
        <source>Difference of the stocks (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="171"/>
        <source>Net flow minus stock difference (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="223"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="203"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="204"/>
        <source>NAF consumption of the year (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="205"/>
        <source>Cerema release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="206"/>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="210"/>
        <source>SCoT code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="211"/>
        <source>Pôle code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="231"/>
        <source>Number of communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="214"/>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="215"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="216"/>
        <source>Number of years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="220"/>
        <source>Calculation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="221"/>
        <source>Last year of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="222"/>
        <source>Trajectory status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="227"/>
        <source>Net new consumption (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="230"/>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="232"/>
        <source>Area covered by OCS GE (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="233"/>
        <source>OCS GE coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="234"/>
        <source>Net artificialisation (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="410"/>
        <source>All destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="411"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="412"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="413"/>
        <source>Mixed use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="414"/>
        <source>Roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="415"/>
        <source>Railways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="416"/>
        <source>Unknown destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="421"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="422"/>
        <source>Mon Diagnostic Artificialisation compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="425"/>
        <source>Envelope exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="426"/>
        <source>At risk of exceeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="427"/>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="430"/>
        <source>No: its own rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="431"/>
        <source>Yes: the rate of a parent territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="456"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="457"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="441"/>
        <source>OCS GE (artif field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="442"/>
        <source>OCS GE (CS × US matrix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="443"/>
        <source>U zones of the PLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="444"/>
        <source>Nothing: the whole area counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="450"/>
        <source>Complete, same millésimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="451"/>
        <source>Complete, different millésimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="452"/>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="453"/>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="240"/>
        <source>at least {n} member activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="241"/>
        <source>at least {n} dwellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="242"/>
        <source>housing and 2 of shops, services, facilities ({k}/4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="243"/>
        <source>big-box share at most {p} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="173"/>
        <source>Commune name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="174"/>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="175"/>
        <source>Territory name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="238"/>
        <source>Perimeter id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="239"/>
        <source>Whole perimeter id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="240"/>
        <source>Split by commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="241"/>
        <source>Kind of perimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="341"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="243"/>
        <source>Activities inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="244"/>
        <source>Shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="245"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="246"/>
        <source>Public facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="247"/>
        <source>Member activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="248"/>
        <source>Distinct facility types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="249"/>
        <source>Facility type codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="250"/>
        <source>Dwellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="251"/>
        <source>Function mix (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="252"/>
        <source>Big-box share (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="253"/>
        <source>CENTRA-1 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="254"/>
        <source>Robustness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="255"/>
        <source>Re-runs finding the perimeter (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="256"/>
        <source>Parameter fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="257"/>
        <source>Data vintages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="258"/>
        <source>Overlap with agreed perimeter (IoU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="259"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="260"/>
        <source>Id in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="261"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="262"/>
        <source>Facility or activity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="263"/>
        <source>Group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="264"/>
        <source>Role in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="265"/>
        <source>Source rows merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="373"/>
        <source>Reason for rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="267"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="268"/>
        <source>Agreed perimeter id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="269"/>
        <source>Agreed perimeter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="270"/>
        <source>Status of the agreed perimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="271"/>
        <source>Computed perimeter id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="272"/>
        <source>Overlap (IoU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="273"/>
        <source>Agreed perimeter area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="274"/>
        <source>Computed perimeter area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="275"/>
        <source>Area difference (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="276"/>
        <source>Activities in both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="277"/>
        <source>Activities in the agreed one only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="278"/>
        <source>Activities in the computed one only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="351"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="283"/>
        <source>Population in water cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="284"/>
        <source>Population in rural cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="285"/>
        <source>Population in urban clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="286"/>
        <source>Population in urban centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="287"/>
        <source>Population of the grid cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="288"/>
        <source>Share in urban centres (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="289"/>
        <source>Degree of urbanisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="290"/>
        <source>DEGURBA rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="463"/>
        <source>Centrality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="464"/>
        <source>Peripheral pole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="465"/>
        <source>Extension of a neighbouring centrality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="470"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="471"/>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="472"/>
        <source>Structuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="475"/>
        <source>Stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="476"/>
        <source>Fragile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="479"/>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="480"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="481"/>
        <source>Public facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="484"/>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="485"/>
        <source>Border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="486"/>
        <source>Isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="489"/>
        <source>Agreed perimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="490"/>
        <source>Computed perimeter, not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="493"/>
        <source>Under discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="494"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="495"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="501"/>
        <source>Unpopulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="502"/>
        <source>Rural area (thinly populated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="503"/>
        <source>Town or suburb (intermediate density)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="504"/>
        <source>City (densely populated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="509"/>
        <source>Whole territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="346"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="296"/>
        <source>Full name of the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="297"/>
        <source>Type of zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="298"/>
        <source>Main use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="299"/>
        <source>Main urban form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="300"/>
        <source>Short label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="301"/>
        <source>Prescription type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="302"/>
        <source>Prescription subtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="303"/>
        <source>Information type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="304"/>
        <source>Information subtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="305"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="306"/>
        <source>Regulation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="307"/>
        <source>Regulation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="308"/>
        <source>Planning document identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="309"/>
        <source>Validation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="311"/>
        <source>Regulatory zone code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="312"/>
        <source>Regulatory zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="313"/>
        <source>Type of regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="314"/>
        <source>Table written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="315"/>
        <source>Layer read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="574"/>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="382"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="318"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="319"/>
        <source>Departure from the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="354"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="514"/>
        <source>U - urban zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="515"/>
        <source>AUc - zone to be urbanised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="516"/>
        <source>AUs - zone to be urbanised later (blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="517"/>
        <source>A - agricultural zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="518"/>
        <source>N - natural and forest zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="521"/>
        <source>Prescriptions outside hazard zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="522"/>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="523"/>
        <source>Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="524"/>
        <source>Strict ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="525"/>
        <source>Possible relinquishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="526"/>
        <source>Possible expropriation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="529"/>
        <source>Required field missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="530"/>
        <source>Field outside the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="531"/>
        <source>Required value empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="532"/>
        <source>Value outside the code list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="533"/>
        <source>Value of the wrong form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="534"/>
        <source>Value too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="535"/>
        <source>Code of no commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="615"/>
        <source>No geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="617"/>
        <source>Invalid geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="324"/>
        <source>Focal node A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="325"/>
        <source>Focal node B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="326"/>
        <source>Effective resistance (Ω)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="550"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="544"/>
        <source>Disconnected (infinite resistance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="337"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="338"/>
        <source>Rule title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="339"/>
        <source>Legal relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="366"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="342"/>
        <source>Level key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="343"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="344"/>
        <source>Layer checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="345"/>
        <source>Feature checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="348"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="349"/>
        <source>Measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="350"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="352"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="353"/>
        <source>Warning limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="355"/>
        <source>Why not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="356"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="357"/>
        <source>Document cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="358"/>
        <source>Article cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="359"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="361"/>
        <source>Evidence drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="557"/>
        <source>Respected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="558"/>
        <source>To be examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="559"/>
        <source>Deviation to be assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="560"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="561"/>
        <source>Not evaluable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="564"/>
        <source>Compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="565"/>
        <source>Conformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="566"/>
        <source>Taking into account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="567"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="570"/>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="571"/>
        <source>Warning only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="575"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="576"/>
        <source>EPCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="577"/>
        <source>SCoT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="584"/>
        <source>dwellings/ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="588"/>
        <source>Part outside the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="589"/>
        <source>Overlap with the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="590"/>
        <source>Shortest line to the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="365"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="380"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="368"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="369"/>
        <source>How to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="596"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="597"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="600"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="601"/>
        <source>GeoPackage signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="602"/>
        <source>SQLite integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="603"/>
        <source>GeoPackage tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="604"/>
        <source>Spatial reference systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="605"/>
        <source>Contents (gpkg_contents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="606"/>
        <source>Geometry columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="607"/>
        <source>Spatial index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="608"/>
        <source>Foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="609"/>
        <source>AULA schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="177"/>
        <source>Maximum current density (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="178"/>
        <source>Mean current density (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="180"/>
        <source>Links (identifiers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="181"/>
        <source>Link identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="182"/>
        <source>Cost to resistance ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="183"/>
        <source>Corridor area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="184"/>
        <source>Current density at the crossing (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="185"/>
        <source>Score × current factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="331"/>
        <source>Pinch point identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="332"/>
        <source>Effective resistance (friction units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="551"/>
        <source>Not connected within the corridor width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="374"/>
        <source>Features rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="375"/>
        <source>Examples (feature and key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="376"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="381"/>
        <source>Feature key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="383"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="384"/>
        <source>Value at the checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="385"/>
        <source>Master&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="386"/>
        <source>Copy&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="387"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="616"/>
        <source>Geometry of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="618"/>
        <source>Required value missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="619"/>
        <source>Unknown code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="620"/>
        <source>No key value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="621"/>
        <source>Duplicate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="622"/>
        <source>Key already in the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="628"/>
        <source>Edited on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="629"/>
        <source>Deleted in the master, edited in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="632"/>
        <source>Edited in the master, deleted in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="637"/>
        <source>Master&apos;s value kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="638"/>
        <source>Copy&apos;s value kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/field_labels.py" line="639"/>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
