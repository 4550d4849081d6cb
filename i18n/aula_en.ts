<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AggregateIndicators</name>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="94"/>
        <source>Aggregate indicators to a parent level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="97"/>
        <source>aggregate,sum,rate,ratio,epci,scot,commune,indicator,agréger,taux,somme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="102"/>
        <source>&lt;p&gt;Aggregates numeric fields of a layer of communes (any layer or table) to a parent level: EPCI, SCoT, pôle, or the whole territory. It works on attributes only, so any CRS is accepted, and so are tables without geometry.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="102"/>
        <source>&lt;p&gt;One rule per field, never a mean of rates:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Fields to sum&lt;/b&gt; (counts and stocks: population, dwellings, areas): the sum over the members of each parent. The output keeps the field name, as an integer when the input field is an integer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rates&lt;/b&gt; (ratio of sums): Σ numerator / Σ denominator × multiplier, for example unemployment rate = Σ unemployed / Σ active × 100, or density = Σ population / Σ area in ha × 100 (inhabitants per km²). A mean of the communes' rates would give a village the weight of a city.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="102"/>
        <source>&lt;p&gt;&lt;b&gt;Rates table&lt;/b&gt;: one row per rate: output field, numerator field, denominator field, multiplier (empty = 1). From qgis_process, give every cell in one comma-separated list, row after row: &lt;code&gt;RATES=taux_chomage,chomeurs,actifs,100,densite,population,surface_ha,100&lt;/code&gt;, or repeat &lt;code&gt;RATES=&lt;/code&gt; once per row. From Python: &lt;code&gt;processing.run(&apos;aula:aggregateindicators&apos;, {&apos;RATES&apos;: [&apos;taux_chomage&apos;, &apos;chomeurs&apos;, &apos;actifs&apos;, 100], ...})&lt;/code&gt; (a flat list, row after row; a list of rows is also accepted).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="102"/>
        <source>&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: one row per parent, sorted by key, with the parent key (named after the parent field, or &lt;i&gt;territoire&lt;/i&gt; = &lt;i&gt;ensemble&lt;/i&gt; without one), &lt;i&gt;nb_features&lt;/i&gt; (number of member features), the sums and the rates. With a parent layer and its key field (by default the field named like the parent field), each row gets its parent&apos;s geometry and the output gets that layer&apos;s CRS; keys are compared as text. A parent key missing from the parent layer gives a warning and a row without geometry (its figures are still right); parents without any member are not written (warning). Without a parent layer the output is a table.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="102"/>
        <source>&lt;p&gt;&lt;b&gt;Missing values&lt;/b&gt;: features with an empty parent key are left out and counted in a warning. NULL values are left out of sums (warning per parent and field); a sum whose values are all NULL is NULL. A rate only uses the features where both numerator and denominator are filled in. When Σ denominator is zero the rate is left empty (NULL) with a warning naming the parent, the rate and the field.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="153"/>
        <source>Input layer (communes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="156"/>
        <source>Layer or table holding one feature per commune (or any member unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="161"/>
        <source>Parent key field (empty: whole territory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="168"/>
        <source>Field of the input layer giving each feature&apos;s parent (e.g. epci_siren, scot_id). Empty: the whole layer is one group, keyed territoire = ensemble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="176"/>
        <source>Fields to sum (counts, stocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="184"/>
        <source>Numeric fields summed per parent (population, dwellings, areas). Never put a rate here: give it in the rates table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="192"/>
        <source>Rates (ratio of sums)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="192"/>
        <source>Output field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="192"/>
        <source>Numerator field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="192"/>
        <source>Denominator field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="192"/>
        <source>Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="205"/>
        <source>One row per rate: output field, numerator field, denominator field, multiplier (empty = 1). Computed as Σ numerator / Σ denominator × multiplier. qgis_process: RATES=taux_chomage,chomeurs,actifs,100 (more rows: continue the list, or repeat RATES=). Python: a flat list such as ['taux_chomage', 'chomeurs', 'actifs', 100].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="216"/>
        <source>Parent layer (optional, for geometries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="222"/>
        <source>Layer of the parents (e.g. EPCI polygons). When given, each output row gets its parent&apos;s geometry and the output its CRS; otherwise the output is a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="230"/>
        <source>Key field of the parent layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="237"/>
        <source>Field of the parent layer matching the parent key field (compared as text). Empty: the field of the parent layer named like the parent key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="245"/>
        <source>Aggregated indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="248"/>
        <source>One row per parent: parent key, nb_features, the sums and the rates; with the parents&apos; geometries when a parent layer is given, else a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="263"/>
        <source>{layer}: field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="268"/>
        <source>{layer}: field {field} is not numeric (type {type}): it cannot be summed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="291"/>
        <source>{layer}: parent field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="317"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="343"/>
        <source>{layer}: a parent layer ({parent_layer}) needs a parent key field in the input layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="353"/>
        <source>{layer}: parent key field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="392"/>
        <source>{layer}: {count} parent(s) written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="400"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="438"/>
        <source>{layer}: key {key} of field {field} appears more than once: the first feature&apos;s geometry is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="506"/>
        <source>{layer}: parent {key} is missing from {parent_layer} (field {field}): its row is written without geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="526"/>
        <source>{layer}: {count} parent(s) have no member in {input} and are not written: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AulaAlgorithm</name>
    <message>
        <location filename="../processing/base.py" line="24"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="25"/>
        <source>Green and blue network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="26"/>
        <source>Centralities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="27"/>
        <source>ZAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="28"/>
        <source>SCoT compatibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AulaPlugin</name>
    <message>
        <location filename="../aula_plugin/plugin.py" line="53"/>
        <source>Open the territory project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="56"/>
        <source>Indicator fact sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="57"/>
        <source>Choose the working folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="60"/>
        <source>Help</source>
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
    <name>Centralities</name>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="207"/>
        <source>Urban centralities (CENTRA-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="210"/>
        <source>centrality,centralité,daacl,scot,bpe,sirene,dbscan,commerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="213"/>
        <source>&lt;p&gt;Proposes technical perimeters of urban centralities from activity points (shops, services, public facilities) and dwellings, with the deterministic CENTRA-1 rule set (AULA, after DBSCAN, Ester et al. 1996, and the ANCT equipment baskets). All work is done in Lambert-93 (EPSG:2154): other CRSs are reprojected.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="213"/>
        <source>&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt;: activities at most the link distance apart (100 m) are linked, unless a barrier line lies between them; an activity with at least 3 linked neighbours (4 points with itself) is a core point; linked core points form a cluster; other activities join the cluster of their nearest core neighbour (ties: lowest identifier), the rest is noise. A cluster of at least 10 activities is a candidate.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="213"/>
        <source>&lt;p&gt;&lt;b&gt;Perimeter&lt;/b&gt;: members buffered by half the link distance, dissolved, closed (+25 m / −25 m), holes under 5,000 m² filled. &lt;b&gt;Test&lt;/b&gt;: at least 50 dwellings and two of commerce ≥ 3, services ≥ 2, facilities ≥ 1 (counted inside the perimeter) make a centrality; a candidate without enough dwellings, or with more than half big-box activities, is a peripheral pole; others are rejected with their reason.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="213"/>
        <source>&lt;p&gt;A JSON file beside the output records every parameter, the rule-set and mapping table versions and the checksums of the inputs. Agreed perimeters (optional) are only read, never modified.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="260"/>
        <source>Activity points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="263"/>
        <source>BPE equipment, SIRENE establishments or any point layer with a function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="267"/>
        <source>Format of the activity points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="267"/>
        <source>BPE (INSEE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="267"/>
        <source>SIRENE (geolocated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="267"/>
        <source>Any point layer with a function field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="277"/>
        <source>BPE: TYPEQU codes; SIRENE: NAF codes; both mapped to functions with the versioned tables shipped with the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="284"/>
        <source>Function field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="284"/>
        <source>C, S, E (or commerce, service, équipement); X excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="284"/>
        <source>Type field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="284"/>
        <source>Equipment type, for the level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="284"/>
        <source>Identifier field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="284"/>
        <source>Stable identifier of a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="298"/>
        <source>Skip unknown codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="301"/>
        <source>Otherwise unknown codes stop the run and are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="304"/>
        <source>Dwelling points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="307"/>
        <source>Points with a number of dwellings (e.g. Fichiers fonciers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="309"/>
        <source>Dwellings field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="317"/>
        <source>Number of dwellings of each point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="319"/>
        <source>Dwellings grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="322"/>
        <source>Raster of dwellings per cell, area-weighted (instead of dwelling points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="327"/>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="330"/>
        <source>Perimeters are split by commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="332"/>
        <source>Commune code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="332"/>
        <source>Commune name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="344"/>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="350"/>
        <source>Railways, motorways, wide rivers: links crossing a line are cut; polygons also cut links and are removed from the perimeters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="359"/>
        <source>Link distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="359"/>
        <source>Activities at most this far apart are linked (100 m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="367"/>
        <source>Core points: minimum points within the link distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="367"/>
        <source>The point itself included (4: at least 3 neighbours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="374"/>
        <source>Minimum activities per centrality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="374"/>
        <source>Members of a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="381"/>
        <source>Minimum shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="381"/>
        <source>Minimum services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="381"/>
        <source>Minimum facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="381"/>
        <source>Minimum dwellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="387"/>
        <source>Counted inside the perimeter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="390"/>
        <source>Closing distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="390"/>
        <source>The envelope is buffered by +c then −c to remove notches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="398"/>
        <source>Holes filled below (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="398"/>
        <source>Courtyards are filled, parks are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="406"/>
        <source>Level thresholds (equipment types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="409"/>
        <source>Proximity; intermediate; structuring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="412"/>
        <source>Peripheral pole: share of big-box activities above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="420"/>
        <source>Hypermarkets, supermarkets and other big-box formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="423"/>
        <source>Robustness (9 runs with neighbouring parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="426"/>
        <source>Stable if the perimeter is found again in 7 of the 9 runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="428"/>
        <source>Agreed perimeters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="434"/>
        <source>Perimeters agreed with elected officials (read only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="437"/>
        <source>Centralities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="442"/>
        <source>Activity points with their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="450"/>
        <source>Rejected candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="458"/>
        <source>Comparison with the agreed perimeters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="467"/>
        <source>Parameters and checksums (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="467"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="474"/>
        <source>Default: beside the centralities file, same name with .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="512"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="518"/>
        <source>{layer}: choose the function field (C, S, E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="577"/>
        <source>{layer}: field {field} is missing (fields found: {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="541"/>
        <source>Give either dwelling points or a dwellings grid, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="559"/>
        <source>{layer}: the dwellings grid cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="565"/>
        <source>{layer}: the dwellings grid needs a projected CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="590"/>
        <source>{layer}: barriers must be vector layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="782"/>
        <source>{layer}: reprojected from {crs} to Lambert-93 (EPSG:2154)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="650"/>
        <source>{layer}: no CRS, read as Lambert-93 (EPSG:2154)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="733"/>
        <source>{layer}: {n} points with a negative number of dwellings skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="740"/>
        <source>{layer}: {n} dwellings on {p} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="760"/>
        <source>{layer}: perimeters projected to {crs} for the overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="765"/>
        <source>{layer}: {n} dwellings in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="771"/>
        <source>No dwellings given: every candidate fails the housing rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="808"/>
        <source>Barriers: {n} segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="888"/>
        <source>Rule set {rules}, parameters {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="897"/>
        <source>{layer}: no activity point left to analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="920"/>
        <source>{n} activities, {c} clusters ({core} core, {border} border, {noise} noise points; {cut} links cut by barriers): {k} perimeters, {r} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="1008"/>
        <source>The comparison with the agreed perimeters is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="1235"/>
        <source>{c} centralities, {p} peripheral poles, {r} rejected candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="1366"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="213"/>
        <source>&lt;p&gt;&lt;b&gt;Level&lt;/b&gt; from the number of distinct equipment types: proximity ≥ 12, intermediate ≥ 29, structuring ≥ 69. &lt;b&gt;Split&lt;/b&gt; by commune (pieces with fewer than half the minimum activities extend a neighbouring centrality; a sliver holding no activity stays with its perimeter's main piece). &lt;b&gt;Robustness&lt;/b&gt;: the method is re-run with the link distance × 0.75, 1, 1.25 and the minimum activities −2, 0, +2; a perimeter found again (IoU ≥ 0.7) in at least 7 of the 9 runs is stable.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralities.py" line="949"/>
        <source>Synthetic input (demo data, not real data): {layers}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralitySheet</name>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="175"/>
        <source>Centrality explanation sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="178"/>
        <source>centrality,centralité,fiche,sheet,PDF,layout,élus,CENTRA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="186"/>
        <source>&lt;p&gt;Writes one explanation sheet per centrality perimeter (A4 portrait, one page each, in one PDF) for the dialogue with elected officials, from the centralites layer written by aula:centralities (CENTRA-1 method).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="186"/>
        <source>&lt;p&gt;Each sheet shows: the commune, the type and level of the perimeter; a map of the perimeter (its extent grown by 20 %) with the activity points by function (size: core, border, noise), the commune boundary when a background layer has an INSEE code field, a scale bar and a north arrow; the counts of shops, services, facilities and dwellings against the minima of the rule; the rule checklist read from rules_passed; the robustness (share of the 9 re-runs on neighbouring parameters that find the perimeter); the equipment types with their labels from the mapping tables; the parameter hash, data vintages and date.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="186"/>
        <source>&lt;p&gt;The minima of the rule come from the JSON file written beside the layer by aula:centralities when its parameter hash matches, otherwise from the defaults of CENTRA-1 v1. Sheets whose data vintages say synthetic are stamped SYNTHÉTIQUE. Nothing is written if the run fails or is cancelled.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="215"/>
        <source>Centralities (perimeters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="220"/>
        <source>The centralites layer written by aula:centralities (same fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="224"/>
        <source>Activity points (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="230"/>
        <source>The centralites_points layer (fields function and role), drawn on the maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="234"/>
        <source>Perimeter ids (optional, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="237"/>
        <source>Values of the id field; empty: every perimeter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="239"/>
        <source>Selected perimeters only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="242"/>
        <source>Only the perimeters selected in the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="244"/>
        <source>Background layers (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="250"/>
        <source>Drawn under the perimeters, e.g. the communes; a polygon layer with an INSEE code field (insee, insee_com…) also gives the commune boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="257"/>
        <source>Explanation sheets (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="257"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="260"/>
        <source>One A4 portrait page per perimeter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="262"/>
        <source>Number of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="270"/>
        <source>{layer}: missing field(s) {fields} (expected: {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="285"/>
        <source>{layer}: no perimeter is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="301"/>
        <source>{layer}: unknown perimeter id(s) {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="318"/>
        <source>{layer}: no perimeter to describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="367"/>
        <source>{layer}: geographic coordinates, the maps are drawn in {crs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="375"/>
        <source>No mapping table found in resources/centralities: types shown as codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="387"/>
        <source>Perimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="387"/>
        <source>Commune boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="407"/>
        <source>The PDF could not be written to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="413"/>
        <source>{count} sheet(s) written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="423"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="429"/>
        <source>centrality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="430"/>
        <source>peripheral pole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="431"/>
        <source>extension of a neighbouring centrality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="437"/>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="438"/>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="439"/>
        <source>structuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="489"/>
        <source>{commune} — {kind}, {level} level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="493"/>
        <source>{commune} — {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="499"/>
        <source>Perimeter {id} · commune {insee} · {area} ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="503"/>
        <source>{n} member activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="507"/>
        <source>part of perimeter {parent}, split by commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="727"/>
        <source>Shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="727"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="727"/>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="531"/>
        <source>Dwellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="533"/>
        <source>Member activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="535"/>
        <source>Activities inside (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="542"/>
        <source>Overlap with the agreed perimeter (centralites_validees): IoU {iou}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="548"/>
        <source>Equipment and activity types ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="554"/>
        <source>Method CENTRA-1 (AULA Territoires) · parameters {hash} · data: {vintages} · sheet made on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="560"/>
        <source>computed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="563"/>
        <source>SYNTHETIC — synthetic data, not for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="564"/>
        <source>Centrality explanation sheet {n} / {total} — AULA Territoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="567"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="567"/>
        <source>Inside the perimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="567"/>
        <source>Rule minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="567"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="567"/>
        <source>Rules of the CENTRA-1 method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="602"/>
        <source>At least {min} member activities ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="606"/>
        <source>At least {min} dwellings ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="613"/>
        <source>Housing and at least 2 of shops, services, facilities ({k}/4 functions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="619"/>
        <source>Big-box share at most {max} % ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="627"/>
        <source>No rule recorded (rules_passed is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="632"/>
        <source>Robustness: not computed (re-runs not asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="633"/>
        <source>stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="633"/>
        <source>fragile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="635"/>
        <source>Robustness: {state}, perimeter found in {k} of the {n} runs on neighbouring parameters (IoU ≥ 0.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="642"/>
        <source>No type recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="653"/>
        <source>… and {n} more (see the types field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="662"/>
        <source>Centralities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="696"/>
        <source>Activities (size: core &gt; border &gt; isolated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="729"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/centralitysheet.py" line="567"/>
        <source>Rules of the CENTRA-1 method, checked on the whole perimeter {parent}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPoints</name>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="243"/>
        <source>Conflict points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="125"/>
        <source>tvb,corridor,road,railway,conflict,barrier,crossing,point de conflit,route,voie ferrée,obstacle,infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="131"/>
        <source>&lt;p&gt;Finds the points where transport infrastructure (roads, railways) and, for the blue network, watercourse obstacles cut ecological corridors, and ranks them so that works can be prioritised.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="131"/>
        <source>&lt;p&gt;&lt;b&gt;Points&lt;/b&gt;: the geometric intersections of each corridor line with each infrastructure line; where they overlap along a stretch, the middle of the stretch. Obstacle points within the given distance of a corridor are kept where they are; obstacle lines are intersected like roads.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="131"/>
        <source>&lt;p&gt;&lt;b&gt;Score&lt;/b&gt; = link importance × class weight. The importance of a link is the relative drop of the probability of connectivity PC (%) when that link alone is removed from the patch graph (Saura and Pascual-Hortal 2007; same formulas and d0, p0 as aula:connectivitymetrics), or a field of the corridors. Class weights by default: motorway (autoroute) 1.0, national road (nationale) 0.8, railway (voie_ferree) 0.8, departmental road (departementale) 0.5, local road (locale) 0.2, obstacle 1.0. A class without a weight is an error that lists every such class with its number of features.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="131"/>
        <source>&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: points with corridor_id, from_id, to_id, infra_class, infra_name, link_importance (%), weight, score and rank (1 = highest score; ties in a stable order of the corridor ends, class and position).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="165"/>
        <source>Corridors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="168"/>
        <source>Corridor lines with from_id, to_id and cost (aula:leastcostcorridors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="172"/>
        <source>Link importance field (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="179"/>
        <source>Empty: computed as the PC drop from the reservoirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="181"/>
        <source>Reservoirs (for the PC drop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="187"/>
        <source>Patches of the graph, needed without an importance field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="189"/>
        <source>Reservoir identifier field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="195"/>
        <source>Transport infrastructure (lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="201"/>
        <source>Line layers whose class field gives the class of each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="203"/>
        <source>Infrastructure class field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="206"/>
        <source>Field of every infrastructure layer holding the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="208"/>
        <source>Infrastructure name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="211"/>
        <source>Copied to infra_name when the layer has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="213"/>
        <source>Railways (optional, class voie_ferree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="219"/>
        <source>Every line of this layer has the class voie_ferree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="221"/>
        <source>Class weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="224"/>
        <source>class=weight pairs separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="226"/>
        <source>Watercourse obstacles (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="232"/>
        <source>Points or lines of obstacles, class obstacle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="234"/>
        <source>Obstacle point search distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="241"/>
        <source>An obstacle point this close to a corridor cuts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="265"/>
        <source>Give the reservoirs (to compute the PC drop of each link) or an importance field of {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="285"/>
        <source>{layer}: the class field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="293"/>
        <source>Give at least one infrastructure layer, railway layer or obstacle layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="300"/>
        <source>Class weights: cannot read {entries} (expected class=weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="341"/>
        <source>Infrastructure classes without a weight in the class weights: {classes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="407"/>
        <source>{points} conflict points on {corridors} corridors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="416"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/conflictpoints.py" line="435"/>
        <source>{layer}: no corridor with a geometry, from_id and to_id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectivityMetrics</name>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="255"/>
        <source>Connectivity metrics (PC, IIC, dPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="258"/>
        <source>tvb,graph,connectivity,pc,iic,ec,dpc,graphab,conefor,graphe paysager,connectivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="263"/>
        <source>&lt;p&gt;Computes the connectivity of a landscape graph: the probability of connectivity PC (Saura and Pascual-Hortal 2007), the integral index of connectivity IIC (Pascual-Hortal and Saura 2006), the equivalent connectivity EC = √PCnum, and for every habitat patch the importance dPC, split into intra, flux and connector fractions (Saura and Rubio 2010), and dIIC.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="263"/>
        <source>&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: the patches (reservoirs) with an identifier and a capacity (by default the area in ha), and the links of the graph, for example the corridors or the patch graph of aula:leastcostcorridors (fields from_id, to_id, cost). Distances are least-cost distances in the cost units of the links (metres or cells).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="263"/>
        <source>&lt;p&gt;&lt;b&gt;Formulas&lt;/b&gt;: p_ij = exp(−α d_ij) with α = −ln(p0)/d0, so that a link of cost d0 has the probability p0. PCnum = Σ_i Σ_j a_i a_j p*_ij, where p*_ij is the maximum product of probabilities over all paths of the graph; PC = PCnum / A_L². IIC = Σ_i Σ_j a_i a_j / (1 + nl_ij) / A_L², nl_ij the number of links on the shortest path of the graph keeping only the links whose cost is at most the IIC threshold. dPC_k = 100 × (PCnum − PCnum without patch k) / PCnum, with the paths re-routed and A_L unchanged; connector = dPC − intra − flux is positive only for stepping stones.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="263"/>
        <source>&lt;p&gt;&lt;b&gt;Landscape area&lt;/b&gt; A_L (ha): the area of the study area, kept constant; 0 uses the area of the bounding box of the patches. Give the same value to compare runs (AULA territory: 214,169 ha).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="299"/>
        <source>Reservoirs (patches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="302"/>
        <source>Habitat patches, for example the output of aula:reservoirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="304"/>
        <source>Identifier field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="306"/>
        <source>Links (patch graph or corridors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="309"/>
        <source>Table or lines with the fields from_id, to_id and cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="313"/>
        <source>IIC threshold (cost units; empty: d0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="321"/>
        <source>Links whose cost is at most this value connect for IIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="323"/>
        <source>Landscape area A_L (ha; 0: bounding box of the patches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="330"/>
        <source>Study area in ha, kept constant (AULA territory: 214,169 ha).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="332"/>
        <source>Patches with dPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="335"/>
        <source>The patches with capacity, dPC, dPCintra, dPCflux, dPCconnector, dIIC (%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="339"/>
        <source>Landscape connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="346"/>
        <source>One row: PC, PCnum, EC, IIC, counts, alpha, d0, p0, units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="402"/>
        <source>Landscape area: {area} ha (bounding box of the patches); give the study area&apos;s to compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="409"/>
        <source>The patches cover more than the landscape area ({total} &gt; {area} ha): PC may exceed 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="439"/>
        <source>{patches} patches, {links} links: PC = {pc:.6g}, EC = {ec:.6g} ha, IIC = {iic:.6g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="455"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostDistance</name>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="73"/>
        <source>Cost distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="76"/>
        <source>tvb,cost,friction,dispersal,r.cost,corridor,coût,trame verte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="81"/>
        <source>&lt;p&gt;Computes the least accumulated cost from the nearest source to every cell of a friction raster (multi-source cost distance), as GRASS r.cost does, and optionally the source reaching each cell and the dispersal areas within a maximum cost.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="82"/>
        <source>&lt;p&gt;&lt;b&gt;Cost model&lt;/b&gt;: a step between two neighbouring cells costs the mean of their frictions times the step length: the cell width east-west, its height north-south, the diagonal otherwise (8 neighbours; 16 with the knight&apos;s move, whose step crosses two more cells, as in r.cost -k). Friction nodata is impassable; 0 is free movement; negative values are refused.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="83"/>
        <source>&lt;p&gt;&lt;b&gt;Units&lt;/b&gt;: metres by default (friction × map units), so that costs keep their meaning when the resolution changes; or cells (friction × cells) as in GRASS r.cost and BioDispersal, so that a usual maximum cost keeps its meaning. Metres = cells × cell size.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="84"/>
        <source>&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;: points burn the cell containing them; polygons the cells whose centre is inside, and at least the cell holding their inner point when they are too thin (reported in the log). Sources outside the raster or on impassable cells are left out with a warning. The start cost is 0 by default; 1 reproduces BioDispersal (r.cost -r with reservoirs burned with 1).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="85"/>
        <source>&lt;p&gt;&lt;b&gt;Maximum cost&lt;/b&gt; (0 = unlimited): cells costing more are nodata (-1); unlike raw r.cost, no value beyond it is ever written. Method: exact label-correcting sweeps, equal to Dijkstra's algorithm (TVB reference §3.2; Chailloux and Amsallem 2018, &lt;i&gt;Méthode de perméabilité des milieux&lt;/i&gt;).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="91"/>
        <source>Friction raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="92"/>
        <source>Band 1; nodata = impassable; EPSG:2154 expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="94"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="102"/>
        <source>Points or polygons (e.g. reservoirs), labelled in fid order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="104"/>
        <source>Maximum cost (0 = unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="111"/>
        <source>In the cost units below; cells beyond it are nodata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="113"/>
        <source>Knight&apos;s move (16 neighbours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="116"/>
        <source>More accurate directions, slower (r.cost -k).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="119"/>
        <source>Start cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="127"/>
        <source>Cost of the source cells: 0, or 1 as in BioDispersal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="129"/>
        <source>Accumulated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="130"/>
        <source>Float32 GeoTIFF, nodata -1 (unreachable or beyond the maximum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="132"/>
        <source>Nearest source (allocation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="138"/>
        <source>Int32 label of the source reaching each cell; nodata 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="140"/>
        <source>Dispersal areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="147"/>
        <source>Cells within the maximum cost, one polygon per source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="149"/>
        <source>Passes of the solver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="159"/>
        <source>{layer}: GDAL cannot read this raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="175"/>
        <source>{layer}: the source layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="190"/>
        <source>The maximum cost and the start cost must be positive or zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="194"/>
        <source>The start cost ({start}) exceeds the maximum cost ({max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="217"/>
        <source>Dispersal areas need a maximum cost above 0: they are not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="230"/>
        <source>Grid: {grid}; {n} source cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="253"/>
        <source>Solved in {n} passes (down and up sweeps over the rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="263"/>
        <source>{n} cells reached; highest cost {peak:g} ({units})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="303"/>
        <source>{layer}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="310"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="315"/>
        <source>{layer}: sources reprojected to the CRS of {raster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="321"/>
        <source>{layer}: {n} features without geometry are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="327"/>
        <source>{layer}: {n} polygons too thin to cover a cell centre use the cell of their inner point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="334"/>
        <source>{layer}: no source lies inside the raster {raster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="340"/>
        <source>{layer}: {n} sources outside the raster {raster} are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="356"/>
        <source>{layer}: every source lies on impassable cells (friction nodata) of {raster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/costdistance.py" line="361"/>
        <source>{layer}: {cells} source cells on impassable cells (friction nodata) are dropped; {n} sources lose all their cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DegurbaGrid</name>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="83"/>
        <source>Degree of Urbanisation grid (DEGURBA level 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="86"/>
        <source>degurba,urbanisation,urban centre,cluster,ghsl,grid,grille,densité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="91"/>
        <source>&lt;p&gt;Classifies the cells of a population grid with the Degree of Urbanisation, level 1 (European Commission / Eurostat, &lt;i&gt;Applying the Degree of Urbanisation — a methodological manual&lt;/i&gt;, 2021; GHSL Data Package rule sets R2022A and R2023A): 3 urban centre, 2 urban cluster, 1 rural, 0 water.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="91"/>
        <source>&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;: three rasters on the same grid (same size, origin, cell size and CRS), for example GHSL GHS-POP, GHS-BUILT-S and land (CC BY 4.0, European Commission JRC): population (inhabitants per cell), built-up surface and permanent land surface (m² per cell). Nodata cells count as missing: never dense, left out of the sums.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="91"/>
        <source>&lt;p&gt;&lt;b&gt;Urban centres&lt;/b&gt;: cells with a density of at least 1,500 inhabitants per km² of land, or a built-up share of land (rounded to 3 decimals) at least the built-up threshold (0.5 in R2022A, 0.2 for 2020 data in R2023A); rook contiguity; at least 50,000 inhabitants; then edge smoothing by the majority rule (R2022A: 5 of the 8 neighbours; R2023A: majority of the neighbours that are land or populated, water cells never added), then gaps of at most 14 cells (under 15 km²) are filled.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="91"/>
        <source>&lt;p&gt;&lt;b&gt;Urban clusters&lt;/b&gt;: cells of at least 300 inhabitants per km², queen contiguity, at least 5,000 inhabitants; urban centre cells stay centres. &lt;b&gt;Water&lt;/b&gt;: land share under 0.5, no population and no built-up surface; it only replaces rural cells. By default thresholds are met with ≥ (GHSL, flexurba); tick the strict option for “more than” (&gt;).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="91"/>
        <source>&lt;p&gt;&lt;b&gt;Communes&lt;/b&gt; (optional): each commune gets its population by class from the area-weighted overlay of the cells with its polygon, the share in urban centres and its class: 3 city (at least 50 % in urban centres), 2 town or suburb (at most 50 % in rural cells), 1 rural area, 0 no population. The rule set is recorded in the &lt;i&gt;degurba_rules&lt;/i&gt; field.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="135"/>
        <source>Population grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="135"/>
        <source>Inhabitants per cell (e.g. GHS-POP), nodata = missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="135"/>
        <source>Built-up surface grid (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="135"/>
        <source>Built-up surface in m² per cell (e.g. GHS-BUILT-S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="135"/>
        <source>Land surface grid (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="135"/>
        <source>Permanent land surface in m² per cell (the cell area minus water).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="156"/>
        <source>Edge smoothing (majority rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="156"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="162"/>
        <source>R2023A: majority of the neighbours that are land or populated; R2022A: 5 of the 8 neighbours; None: no smoothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="170"/>
        <source>Built-up criterion for urban centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="170"/>
        <source>Cells whose built-up share of land reaches the threshold are dense even below the density threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="179"/>
        <source>Built-up share threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="179"/>
        <source>0.5 in R2022A; 0.2 for 2020 data in R2023A (flexurba default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="187"/>
        <source>Urban centre density (inhabitants/km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="187"/>
        <source>Density threshold of urban centre cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="195"/>
        <source>Urban centre population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="195"/>
        <source>Minimum population of an urban centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="203"/>
        <source>Urban centre contiguity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="242"/>
        <source>Rook (4 neighbours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="242"/>
        <source>Queen (8 neighbours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="209"/>
        <source>Rook in the method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="211"/>
        <source>Fill gaps in urban centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="211"/>
        <source>Fill holes enclosed by an urban centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="217"/>
        <source>Largest gap filled (cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="224"/>
        <source>14 cells of 1 km² in the method (gaps under 15 km²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="226"/>
        <source>Urban cluster density (inhabitants/km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="226"/>
        <source>Density threshold of urban cluster cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="234"/>
        <source>Urban cluster population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="234"/>
        <source>Minimum population of an urban cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="242"/>
        <source>Urban cluster contiguity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="248"/>
        <source>Queen in the method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="250"/>
        <source>Water: land share below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="250"/>
        <source>Unpopulated cells without built-up surface and with a smaller land share are water.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="261"/>
        <source>Strict thresholds (&gt; instead of ≥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="261"/>
        <source>“More than” as in Eurostat and INSEE texts; GHSL uses ≥.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="268"/>
        <source>Communes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="274"/>
        <source>Polygons classified from the share of their population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="276"/>
        <source>Commune identifier field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="282"/>
        <source>Copied to the commune output (e.g. the INSEE code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="285"/>
        <source>DEGURBA level 1 grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="288"/>
        <source>Byte raster: 3 urban centre, 2 urban cluster, 1 rural, 0 water.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="290"/>
        <source>Communes classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="297"/>
        <source>Population by class, share in centres and class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="323"/>
        <source>{layer}: GDAL cannot read this raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="327"/>
        <source>{layer}: the raster is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="334"/>
        <source>{layer}: every cell is nodata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="345"/>
        <source>{layer} is not on the grid of {pop}: {cols} × {rows} cells from ({x}, {y}), cell {size}, expected {pcols} × {prows} from ({px}, {py}), cell {psize}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="368"/>
        <source>{layer} and {pop} have different CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="414"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="447"/>
        <source>Rule set: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="449"/>
        <source>water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="450"/>
        <source>rural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="451"/>
        <source>urban cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="452"/>
        <source>urban centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="455"/>
        <source>{label}: {cells} cells, {pop} inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="471"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/degurbagrid.py" line="481"/>
        <source>Cannot create {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DilatationErosion</name>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="98"/>
        <source>Dilatation-erosion (continuums)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="101"/>
        <source>tvb,trame verte et bleue,continuum,dilatation,erosion,closing,corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="106"/>
        <source>&lt;p&gt;Draws the continuums of one sub-network with the dilatation-erosion method of the COMOP TVB guide (2010), as BioDispersal does in vector form: habitat is grown by half the dispersal distance, then shrunk by the same half (a morphological closing). Habitat patches closer than the dispersal distance merge through a band; farther ones stay apart.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="106"/>
        <source>&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a friction raster (habitat = cells whose friction is at most the habitat threshold, 0 by default) or a polygon layer of habitat, rasterised at the chosen resolution (cell-centre rule).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="106"/>
        <source>&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: Euclidean distance transforms in metres between cell centres (scipy), on a grid padded by the distance so that the border does not erode; components with 8-connectivity, kept from the minimum area; polygons from the raster (GDAL Polygonize). For polygon input the log compares the result with the vector buffer-out-then-in (intersection over union, when the layer is small enough).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="132"/>
        <source>Habitat (friction raster or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="137"/>
        <source>A friction raster of the sub-network, or habitat polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="139"/>
        <source>Habitat: friction at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="146"/>
        <source>Raster input only; NaN and nodata are never habitat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="148"/>
        <source>Sub-network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="151"/>
        <source>Written in the sous_trame field and in the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="153"/>
        <source>Dispersal distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="160"/>
        <source>Habitat grows then shrinks by half this distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="162"/>
        <source>Resolution for polygons (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="169"/>
        <source>Cell size used to rasterise habitat polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="171"/>
        <source>Minimum continuum area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="178"/>
        <source>Smaller continuums are dropped (≥ is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="180"/>
        <source>Continuums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="183"/>
        <source>Fields id, sous_trame, surface_ha; Lambert-93.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="185"/>
        <source>Continuum raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="191"/>
        <source>Byte GeoTIFF: 1 in a continuum, 0 elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="197"/>
        <source>Habitat: the layer is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="198"/>
        <source>habitat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="204"/>
        <source>{layer}: habitat must be a raster or polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="210"/>
        <source>{layer}: the habitat layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="217"/>
        <source>The distance must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="271"/>
        <source>{layer} is in {crs}: continuums reprojected to Lambert-93</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="317"/>
        <source>{count} continuums (distance {distance} m: grown and shrunk by {half} m), {dropped} under {min} ha dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="333"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="364"/>
        <source>{layer}: the habitat layer has no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/dilatationerosion.py" line="390"/>
        <source>Self-check: intersection over union with the vector buffer-out-then-in = {iou}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactSheetDock</name>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="14"/>
        <source>AULA fact sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/fact_sheet_dock.py" line="18"/>
        <source>Indicator fact sheets comparing a territory with its parents will appear here. Meanwhile, use Processing &gt; AULA &gt; Indicators &gt; Aggregate indicators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrictionFromLandcover</name>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="118"/>
        <source>Friction from land cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="121"/>
        <source>tvb,trame verte et bleue,friction,resistance,cost,land cover,ocs ge,corine,trame noire,light pollution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="127"/>
        <source>&lt;p&gt;Builds the friction raster (resistance to movement) of one sub-network of the green and blue network from a land cover and a friction table, as in the permeability method of BioDispersal (Chailloux &amp;amp; Amsallem 2018, INRAE) and the COMOP TVB guide.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="127"/>
        <source>&lt;p&gt;&lt;b&gt;Land cover&lt;/b&gt;: a raster of integer codes, or a polygon layer with a code field (CODE_18 for CORINE Land Cover, code_cs for OCS GE) and, for OCS GE, the usage field: crops and grassland share one cover code, so the table is keyed on the (cover, usage) pair. Polygons are rasterised with the cell-centre rule; a raster is resampled to the grid (majority).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="127"/>
        <source>&lt;p&gt;&lt;b&gt;Friction table&lt;/b&gt;: built-in OCS GE or CORINE tables (value ladder 0 habitat, 5, 30, 100, 1000, 10000 barrier of the BioDispersal sample; sources in resources/tvb/README.md) or your own CSV: key columns code or code_cs, code_us (* = any code, the most specific row wins), one column per sub-network (boisee, ouverte, humide, aquatique); an empty cell means impassable. A code of the land cover missing from the table stops the algorithm with the list of missing codes and their areas.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="127"/>
        <source>&lt;p&gt;&lt;b&gt;Linear infrastructure&lt;/b&gt; (optional): line layers whose class (autoroute, nationale, voie_ferree, departementale, locale, cours_eau) gives a width and a friction; they are burned over the land cover with the maximum of both, so they never lower friction. Lines narrower than a cell mark every cell they touch.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="127"/>
        <source>&lt;p&gt;&lt;b&gt;Light&lt;/b&gt; (optional, trame noire): a radiance raster, or lamp points whose light decreases linearly to zero at the influence radius. The intensity s = light / reference, capped at 1, raises friction: multiply (f × (1 + (k − 1) s)), floor (max(f, g × s)) or barrier (impassable where s reaches the threshold). Adding light can only raise friction (Sordello 2017).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="127"/>
        <source>&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: Float32 GeoTIFF in Lambert-93, NaN = impassable, with the table, its version, the sub-network and the resolution in its metadata.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="175"/>
        <source>Land cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="180"/>
        <source>Raster of integer codes, or polygons with a code field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="182"/>
        <source>Land-cover code field (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="188"/>
        <source>code_cs for OCS GE, CODE_18 for CORINE Land Cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="190"/>
        <source>Usage field (OCS GE, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="196"/>
        <source>code_us: with the code field, the OCS GE (cover, usage) pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="198"/>
        <source>Friction table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="198"/>
        <source>Built-in OCS GE table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="198"/>
        <source>Built-in CORINE Land Cover table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="198"/>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="208"/>
        <source>Sources and versions in resources/tvb/README.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="210"/>
        <source>Friction table file (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="213"/>
        <source>Used when the friction table is a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="215"/>
        <source>Sub-network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="218"/>
        <source>The column of the friction table to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="220"/>
        <source>Resolution (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="227"/>
        <source>Cell size in metres: 25 to 50 m for an intercommunal study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="229"/>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="230"/>
        <source>By default the land cover&apos;s extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="233"/>
        <source>Linear infrastructure (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="239"/>
        <source>Roads, railways, watercourses: burned with the friction of their class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="243"/>
        <source>Infrastructure class field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="249"/>
        <source>Field holding the class; a layer without it takes its class from its name (railway, watercourse, motorway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="256"/>
        <source>Infrastructure table (CSV, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="262"/>
        <source>Class, width (m) and friction per sub-network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="266"/>
        <source>Light (optional, trame noire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="272"/>
        <source>Radiance raster (light increases with the value) or lamp points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="274"/>
        <source>Lamp weight field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="277"/>
        <source>For example puissance_w; each lamp weighs 1 without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="279"/>
        <source>Effect of light on friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="279"/>
        <source>Multiply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="279"/>
        <source>Raise to a floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="279"/>
        <source>Barrier above a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="289"/>
        <source>f × (1 + (k − 1) s), max(f, g × s), or impassable where s ≥ t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="291"/>
        <source>Light at full effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="291"/>
        <source>Radiance, or sum of lamp weights × decay, giving s = 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="291"/>
        <source>Lamp influence radius (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="291"/>
        <source>Lamp light decreases linearly to zero at this distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="291"/>
        <source>Multiplier at full light (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="291"/>
        <source>Multiply mode: friction × k where s = 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="291"/>
        <source>Friction floor at full light (g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="291"/>
        <source>Floor mode: friction at least g × s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="291"/>
        <source>Barrier threshold (t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="291"/>
        <source>Barrier mode: cells with s ≥ t become impassable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="330"/>
        <source>Friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="333"/>
        <source>Float32 GeoTIFF, NaN = impassable, Lambert-93.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="345"/>
        <source>Friction table: choose a CSV file (TABLE_FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="350"/>
        <source>Friction table: cannot read {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="361"/>
        <source>Land cover: the layer is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="362"/>
        <source>land cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="370"/>
        <source>{layer}: the land cover must be a raster or polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="376"/>
        <source>{layer}: the land-cover layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="382"/>
        <source>{layer}: choose the land-cover code field (CODE_FIELD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="436"/>
        <source>{layer}: no field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="402"/>
        <source>The resolution must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="416"/>
        <source>linear infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="421"/>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="425"/>
        <source>{layer}: light must be a raster or lamp points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="454"/>
        <source>{layer}: no class field {field} and no class in the layer name; classes: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="475"/>
        <source>Grid: {cols} × {rows} cells of {res} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="527"/>
        <source>Friction of {subnetwork} from {table}: {cells} cells, {nan} impassable, {burned} burned by infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="543"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="554"/>
        <source>{layer}: the extent is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="560"/>
        <source>{layer} is in {crs}: reprojected to Lambert-93 (EPSG:2154)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="598"/>
        <source>{layer}: no land-cover polygon in the extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="752"/>
        <source>{layer}: GDAL cannot read this raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="623"/>
        <source>{layer}: land-cover codes must be whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="629"/>
        <source>{layer}: every cell of the land cover is nodata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="730"/>
        <source>{cls}: {count} lines, width {width} m, friction {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/frictionfromlandcover.py" line="816"/>
        <source>Light: {lit} lit cells ({mode})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphReader</name>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="83"/>
        <source>{layer}: field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="84"/>
        <source>{layer}: field {field} is not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="85"/>
        <source>{layer}: the CRS {crs} is not projected: areas in hectares need a projected CRS such as EPSG:2154 (Lambert-93)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="88"/>
        <source>{layer}: {count} features have an empty identifier ({field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="90"/>
        <source>{layer}: duplicate identifiers in {field}: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="92"/>
        <source>{layer}: {count} features have an empty, non-numeric or negative capacity ({field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="95"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="96"/>
        <source>{layer}: {count} links without from_id, to_id or cost were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="98"/>
        <source>{layer}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/connectivitymetrics.py" line="99"/>
        <source>{layer}: links in different cost units ({units})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeastCostCorridors</name>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="187"/>
        <source>Least-cost corridors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="99"/>
        <source>tvb,corridor,least-cost path,graph,graphab,linkage mapper,nlcc,corridor écologique,chemin de moindre coût,graphe paysager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="105"/>
        <source>&lt;p&gt;Computes the least-cost paths between the reservoirs of a sub-network over a friction raster: corridor lines carrying their cost, length and both reservoir ids, the patch graph as a table (input of aula:connectivitymetrics), and optionally the normalised least-cost corridor raster.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="105"/>
        <source>&lt;p&gt;&lt;b&gt;Cost model&lt;/b&gt;: as aula:costdistance (mean friction of two neighbouring cells × step length, 8 neighbours or 16 with the knight's move; friction nodata is impassable), in metres or cells. Reservoirs are burned like its sources and all their cells start at cost 0: distances run from edge to edge.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="105"/>
        <source>&lt;p&gt;&lt;b&gt;Planar graph&lt;/b&gt; (default, the planar topology of Graphab): one cost run from all reservoirs at once; two reservoirs are linked when the zones they reach first touch. The link cost is the least cost of the paths that stay in these two zones: it equals the true least-cost distance whenever the best path crosses no third zone, and is larger otherwise (the graph then goes through the third reservoir). &lt;b&gt;All pairs&lt;/b&gt;: one run per reservoir, within the maximum cost; links are the exact least-cost distances.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="105"/>
        <source>&lt;p&gt;&lt;b&gt;Lines&lt;/b&gt; join cell centres along the path, merging only collinear steps; the sum of the step costs along them equals the link cost. &lt;b&gt;Corridor raster&lt;/b&gt; (Linkage Mapper's NLCC): C_A + C_B − LCD_AB, 0 on the least-cost path, minimum over the links; with a width tolerance, only the cells up to it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="142"/>
        <source>Friction raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="143"/>
        <source>Band 1; nodata = impassable; EPSG:2154 expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="145"/>
        <source>Reservoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="148"/>
        <source>Polygons of the sub-network, e.g. from aula:reservoirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="150"/>
        <source>Reservoir identifier field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="153"/>
        <source>Sub-network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="159"/>
        <source>Written in the sous_trame field of the outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="161"/>
        <source>Graph topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="513"/>
        <source>planar (neighbouring reservoirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="514"/>
        <source>all pairs within the maximum cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="170"/>
        <source>Planar: one cost run; all pairs: one run per reservoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="172"/>
        <source>Maximum cost (0 = unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="179"/>
        <source>Links costing more are dropped; required for all pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="182"/>
        <source>Knight&apos;s move (16 neighbours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="185"/>
        <source>More accurate directions, slower (r.cost -k).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="190"/>
        <source>Lines: id, from_id, to_id, cost, length_m, sous_trame, units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="192"/>
        <source>Patch graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="199"/>
        <source>Table: from_id, to_id, cost, length_m, sous_trame, units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="201"/>
        <source>Normalised least-cost corridor (NLCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="207"/>
        <source>Float32 GeoTIFF, nodata -1; one cost run per reservoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="209"/>
        <source>Corridor width tolerance (cost units, 0 = all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="216"/>
        <source>Keep only the cells whose NLCC is at most this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="227"/>
        <source>{layer}: GDAL cannot read this raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="246"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="252"/>
        <source>{layer}: field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="258"/>
        <source>The maximum cost must be positive or zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="260"/>
        <source>The topology “all pairs” needs a maximum cost greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="296"/>
        <source>Grid: {grid}; {n} reservoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="372"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="399"/>
        <source>{layer}: {count} features have an empty identifier ({field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="405"/>
        <source>{layer}: duplicate identifiers in {field}: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="431"/>
        <source>{layer}: {n} features without geometry are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="437"/>
        <source>{layer}: reservoirs reprojected to the CRS of {raster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="443"/>
        <source>{layer}: {n} polygons too thin to cover a cell centre use the cell of their inner point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="450"/>
        <source>{layer}: no reservoir lies inside the raster {raster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="458"/>
        <source>{layer}: {n} reservoirs outside the raster {raster}: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="475"/>
        <source>{n} reservoirs lie only on impassable cells (friction nodata) and get no link: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="483"/>
        <source>{n} paths end in another reservoir at exactly the same cost (a tie); their cost is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="492"/>
        <source>{n} reservoirs without any link: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/leastcostcorridors.py" line="497"/>
        <source>{links} links ({topology}) in {seconds:.1f} s, of which {cost:.1f} s in {runs} cost runs ({passes} passes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reservoirs</name>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="251"/>
        <source>Biodiversity reservoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="148"/>
        <source>tvb,trame verte et bleue,reservoir,znieff,natura 2000,appb,habitat,patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="153"/>
        <source>&lt;p&gt;Delineates the biodiversity reservoirs of one sub-network of the green and blue network (Grenelle II law, ONTVB décret 2019-1400; COMOP TVB guide): the union of the chosen protected and inventory zonings (ZNIEFF type 1, Natura 2000, biotope protection orders, regional and national nature reserves, ENS) and of the habitat patches of the sub-network that reach the minimum area.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="153"/>
        <source>&lt;p&gt;&lt;b&gt;Habitat patches&lt;/b&gt; (optional): cells of a friction raster (for example from Friction from land cover) whose friction is at most the habitat threshold (0, the habitat value of the BioDispersal ladder, by default), grouped with 8-connectivity (cells touching by a corner belong to the same patch, as in Graphab) or 4-connectivity, and kept from the minimum area (1 ha by default: four times the OCS GE minimum mapping unit of 2,500 m², 16 cells at 25 m). Zonings are never filtered by area.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="153"/>
        <source>&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: overlapping or touching zonings and patches merge into one reservoir whose &lt;i&gt;origine&lt;/i&gt; lists every source (zoning types and habitat). The &lt;i&gt;id&lt;/i&gt; is the sub-network followed by 12 hexadecimal digits of the SHA-1 of the normalised geometry: it does not depend on the order of the inputs and stays the same from one run to the next.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="183"/>
        <source>Zonings (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="189"/>
        <source>ZNIEFF 1, Natura 2000, APPB, reserves, ENS: one layer each or one layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="193"/>
        <source>Zoning type field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="199"/>
        <source>Field giving the zoning type; a layer without it takes its type from its name (e.g. znieff1, natura2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="206"/>
        <source>Zoning types kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="213"/>
        <source>None chosen: every type present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="215"/>
        <source>Friction raster for habitat patches (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="218"/>
        <source>Band 1; NaN and nodata are never habitat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="220"/>
        <source>Habitat: friction at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="227"/>
        <source>0 is the habitat value of the BioDispersal ladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="229"/>
        <source>Sub-network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="232"/>
        <source>Written in the sous_trame field and in the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="234"/>
        <source>Minimum patch area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="241"/>
        <source>Habitat patches smaller than this are dropped (≥ is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="243"/>
        <source>Patch connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="243"/>
        <source>8 neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="243"/>
        <source>4 neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="249"/>
        <source>8: cells touching by a corner belong to the same patch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="256"/>
        <source>Fields id, sous_trame, surface_ha, origine; Lambert-93.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="273"/>
        <source>zonings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="275"/>
        <source>{layer}: zonings must be polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="284"/>
        <source>habitat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="287"/>
        <source>Give zonings, a friction raster for habitat patches, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="303"/>
        <source>{layer}: no zoning type field {field} and no type in the layer name ({types})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="349"/>
        <source>{count} reservoirs of {subnetwork}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="358"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="367"/>
        <source>{layer} is in {crs}: reprojected to Lambert-93 (EPSG:2154)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="391"/>
        <source>Zonings of type {type} left out: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="408"/>
        <source>Habitat (friction ≤ {max}): {kept} patches of at least {min} ha, {dropped} smaller ones dropped ({conn}-connectivity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/reservoirs.py" line="428"/>
        <source>{layer} is in {crs}: patches reprojected to Lambert-93</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryActions</name>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="39"/>
        <source>Could not copy the territory into the working folder {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="43"/>
        <source>Working copy of the territory created: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="45"/>
        <source>{} uses data schema {}, the plugin ships schema {}: data kept as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="51"/>
        <source>Could not open the project stored in {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="59"/>
        <source>Working folder for the AULA territory GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gui/territory.py" line="67"/>
        <source>Working folder set to {}: the territory is copied there when opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TvbGrid</name>
    <message>
        <location filename="../processing/algorithms/_tvb_grid.py" line="37"/>
        <source>{layer}: the grid would have {cells} cells ({cols} × {rows}), over the limit of {limit}: choose a coarser resolution or a smaller extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/_tvb_grid.py" line="40"/>
        <source>{layer} ({what}): the layer has no coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/_tvb_grid.py" line="42"/>
        <source>{layer} ({what}) is in a geographic CRS ({crs}): distances and areas need metres; reproject it to Lambert-93 (EPSG:2154)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TvbParameters</name>
    <message>
        <location filename="../processing/tvb_parameters.py" line="29"/>
        <source>Cost units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="29"/>
        <source>metres (friction × map units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="29"/>
        <source>cells (friction × cells, as GRASS r.cost and BioDispersal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="38"/>
        <source>Metres = cells × cell size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="50"/>
        <source>Unique identifier, used in from_id and to_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="55"/>
        <source>Capacity field (empty: area in ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="62"/>
        <source>Patch capacity a_i, for example a quality-weighted area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="70"/>
        <source>Reference distance d0 (cost units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="77"/>
        <source>Least-cost distance at which the dispersal probability is p0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="80"/>
        <source>Probability p0 at d0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/tvb_parameters.py" line="88"/>
        <source>0.5 at the median dispersal distance, 0.05 at the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanArtificialisation</name>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="84"/>
        <source>Artificialisation from OCS GE (stock and flows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="87"/>
        <source>zan,ocsge,ocs ge,artificialisation,renaturation,imperméabilisation,millésime,flux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="92"/>
        <source>&lt;p&gt;Computes the artificialised stock and share of each commune or territory for every millésime of IGN's OCS GE (v2), and the flows between two millésimes: artificialisation (A+), renaturation (A-), net = A+ - A-, checked against the stock difference. Areas are planimetric m² in Lambert-93 (EPSG:2154) after clipping by the communes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="92"/>
        <source>&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: IGN's &lt;i&gt;artif&lt;/i&gt; field of the OCS GE artificialisation product (authoritative), or the raw CS × US matrix, an approximation of the nomenclature of the décret n° 2023-1096 (annex to article R.101-1 of the code de l'urbanisme) without its surface thresholds (versioned in resources/zan/ocsge_artif_matrix.csv). Imperméabilisation = CS1.1.1.1 (buildings) and CS1.1.1.2 (sealed non-built surfaces).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="92"/>
        <source>&lt;p&gt;&lt;b&gt;Millésimes&lt;/b&gt; come from the &lt;i&gt;millesime&lt;/i&gt; field, else from a year in the layer name. They differ by département (Pas-de-Calais 2018 and 2021, Somme 2017 and 2021): the tool keeps a millésime index per département and computes flows per département and millésime pair; a territory over several départements is flagged (coverage complete-not-uniform when their millésimes differ).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="92"/>
        <source>&lt;p&gt;The regional OCS2D Hauts-de-France (fields csYY/usYY, codes such as CS6.3.0 or US5.2.1) looks alike but is another nomenclature: it is refused, and so is a mix of nomenclatures. Codes are checked against the OCS GE v2 list. Field-name variants (CODE_CS, couverture, usage) are accepted.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="92"/>
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: &lt;i&gt;stock&lt;/i&gt;, one row per territory, département and millésime: communes, commune_area_m2, area_m2 (OCS GE area clipped by the communes; it should equal commune_area_m2 within 0.1 %), artif_m2, artif_pct, impermeable_m2, coverage, multi_departement. &lt;i&gt;flows&lt;/i&gt;, one row per territory, département and millésime pair: artificialisation_m2, renaturation_m2, net_m2, stock_difference_m2, gap_m2 (net flow minus stock difference: not zero where the two millésimes do not cover the same ground), coverage, multi_departement.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="137"/>
        <source>OCS GE layers (one or more millésimes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="142"/>
        <source>OCS GE v2 polygon layers (code_cs, code_us, millesime; artif for the IGN method), e.g. one per département and millésime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="149"/>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="152"/>
        <source>Commune polygons with their INSEE code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="154"/>
        <source>INSEE code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="157"/>
        <source>Commune code; its first two digits give the département.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="159"/>
        <source>Territory field (empty: per commune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="165"/>
        <source>Field grouping communes into territories, e.g. epci_siren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="167"/>
        <source>Artificialised status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="167"/>
        <source>IGN artif field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="167"/>
        <source>Raw CS × US matrix (approximation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="173"/>
        <source>IGN&apos;s artif field is authoritative; the raw matrix ignores thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="177"/>
        <source>Artificialised stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="180"/>
        <source>One row per territory, département and millésime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="182"/>
        <source>Artificialisation flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="188"/>
        <source>One row per territory, département and millésime pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="203"/>
        <source>No OCS GE layer was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="214"/>
        <source>{layer}: not a vector layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="240"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="251"/>
        <source>{layer}: field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="256"/>
        <source>The INSEE code field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="273"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="293"/>
        <source>Raw CS × US matrix, version {version} (approximation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="341"/>
        <source>Département {dep}: millésimes {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="351"/>
        <source>Flows need at least two OCS GE layers (millésimes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="362"/>
        <source>{count} stock row(s) and {flows} flow row(s) written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="463"/>
        <source>{layer}: {count} invalid geometry(ies) repaired with makeValid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="469"/>
        <source>{layer}: {count} polygon(s) outside the communes were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="492"/>
        <source>Commune {insee}, millésime {year}: OCS GE polygons cover {pct:.2f} % of the commune (gaps or overlaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="499"/>
        <source>{count} commune-millésime(s) in all are not fully covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="659"/>
        <source>{y1}-{y2}: net flow differs from the stock difference by more than 0.5 ha in {count} commune(s): {communes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanConsumption</name>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="108"/>
        <source>NAF consumption per territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="111"/>
        <source>zan,cerema,consommation,naf,enaf,epci,scot,période,référence,consumption,period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="116"/>
        <source>&lt;p&gt;Sums the NAF land consumption imported by &lt;i&gt;Import the Cerema NAF consumption file&lt;/i&gt; (table &lt;i&gt;zan_consommation&lt;/i&gt;, m²) per commune, EPCI, SCoT, pôle or any grouping given by a field of the commune layer, over any period of years, both ends included.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="116"/>
        <source>&lt;p&gt;Per group: &lt;i&gt;nb_communes&lt;/i&gt;, the period (&lt;i&gt;first_year&lt;/i&gt;, &lt;i&gt;last_year&lt;/i&gt;, &lt;i&gt;years&lt;/i&gt;), the consumption &lt;i&gt;naf_m2&lt;/i&gt; and &lt;i&gt;naf_ha&lt;/i&gt; (sum of the annual flows, integer m² summed before any conversion), one column per destination present (&lt;i&gt;act_m2&lt;/i&gt; activity, &lt;i&gt;hab_m2&lt;/i&gt; housing, &lt;i&gt;mix_m2&lt;/i&gt;, &lt;i&gt;rou_m2&lt;/i&gt; road, &lt;i&gt;fer_m2&lt;/i&gt; rail, &lt;i&gt;inc_m2&lt;/i&gt; unknown), &lt;i&gt;annual_mean_m2&lt;/i&gt; = sum / number of years and &lt;i&gt;share_pct&lt;/i&gt; = 100 × sum / area of the group (sum of its communes' areas).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="116"/>
        <source>&lt;p&gt;The default period 2011-2020 is the &lt;b&gt;reference decade&lt;/b&gt; of the loi Climat et Résilience (art. 194): exactly the ten annual flows naf11art12 … naf20art21 (1 January 2011 → 1 January 2021), never naf21art22. Negative annual values are kept, as in the Cerema totals. Communes of the layer missing from the table count as zero and are listed in a warning.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="116"/>
        <source>&lt;p&gt;This is &lt;b&gt;consumption&lt;/b&gt; of natural, agricultural and forest land (Cerema, fichiers fonciers), the metric of 2021-2031; it is not &lt;b&gt;artificialisation&lt;/b&gt; (OCS GE, from 2031). Never add them up.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="150"/>
        <source>Consumption table (zan_consommation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="155"/>
        <source>The long table written by the import: insee, annee, destination, surface_m2 (and release).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="165"/>
        <source>Commune layer (membership and area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="171"/>
        <source>Layer or table with one feature per commune, its code, its group (EPCI, SCoT, pôle...) and its area. Empty: one row per commune of the table, no share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="179"/>
        <source>INSEE code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="187"/>
        <source>Field of the commune layer with the INSEE code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="190"/>
        <source>Group field (empty: per commune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="197"/>
        <source>Field of the commune layer giving each commune&apos;s group (epci_siren, scot_id, pole_id, or any custom grouping). Empty: one row per commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="205"/>
        <source>First year (flow from 1 January)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="213"/>
        <source>First annual flow included (2011: naf11art12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="216"/>
        <source>Last year (flow to 1 January of the next year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="224"/>
        <source>Last annual flow included (2020: naf20art21, the end of the reference decade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="231"/>
        <source>Area field of the commune layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="239"/>
        <source>Commune area, for the share of the territory (default surface_ha).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="242"/>
        <source>Unit of the area field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="248"/>
        <source>ha (default), m² (e.g. surfcom_m2) or km².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="251"/>
        <source>Consumption per territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="254"/>
        <source>One row per group: key, nb_communes, period, naf_m2, naf_ha, one column per destination (m²), annual_mean_m2, share_pct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="267"/>
        <source>{layer}: field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="322"/>
        <source>The first year ({first}) comes after the last year ({last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="407"/>
        <source>{count} group(s), period {first}-{last}, release {release}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="418"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="460"/>
        <source>{layer} holds several releases ({releases}): the latest, {release}, is used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanImportConsumption</name>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="88"/>
        <source>Import the Cerema NAF consumption file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="91"/>
        <source>zan,cerema,consommation,naf,enaf,import,fichiers fonciers,consumption,land take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="96"/>
        <source>&lt;p&gt;Reads the Cerema file of NAF (natural, agricultural and forest) land consumption per commune, as published on the Cerema data portal: the national CSV, the shapefiles (also zipped) or a table of a GeoPackage, any release from 2009-2020 to 2009-2025. Columns are recognised by their pattern (naf{AA}art{BB}, art{AA}{destination}{BB}, epci{NN}, surfcom…), in lower or upper case, also when a shapefile cut the names to 10 characters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="96"/>
        <source>&lt;p&gt;It writes into your &lt;b&gt;working GeoPackage&lt;/b&gt; (never into the plugin's shipped template) a long table &lt;i&gt;zan_consommation&lt;/i&gt;: one row per commune, year and destination (&lt;i&gt;naf&lt;/i&gt; = all destinations, act, hab, mix, rou, fer, inc), in integer m² as in the source; &lt;i&gt;annee&lt;/i&gt; = Y is the flow from 1 January Y to 1 January Y+1. Also written: &lt;i&gt;zan_consommation_imports&lt;/i&gt; (release, file, SHA-256, last year, COG), &lt;i&gt;zan_consommation_anomalies&lt;/i&gt; and &lt;i&gt;zan_communes_cerema&lt;/i&gt; (name, EPCI of the file, area). Re-importing a release replaces its rows; everything is written in one transaction, so an error or a cancel writes nothing.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="96"/>
        <source>&lt;p&gt;&lt;b&gt;Checks&lt;/b&gt;: a gap in the annual columns, a reference decade 2011-2020 that is incomplete, decimal values or columns of another magnitude (hectares mixed with m²), commune codes that are not INSEE codes (or, with a commune layer, codes absent from it) stop the import with a message. Negative annual values are kept as published (the totals match the Cerema figures) and listed in the anomalies table with a warning. Check C1 (naf = Σ destinations ± 1 m²) and check C2 (annual flows = the window columns naf09art{NN}, naf11art21…) are reported, not fatal.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="96"/>
        <source>&lt;p&gt;&lt;b&gt;Commune geography&lt;/b&gt;: the COG corrections of resources/zan/cog_corrections.csv (source: Mon Diagnostic Artificialisation) bring the file to the requested COG year: merged communes are summed, split communes shared by area, communes missing from the source get zero rows; none concerns the Pas-de-Calais.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="96"/>
        <source>&lt;p&gt;Source: Cerema, fichiers fonciers (DGFiP), ZAN reference §3. This is NAF consumption (loi Climat et Résilience, art. 194), not artificialisation as measured by the OCS GE.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="145"/>
        <source>Cerema consumption file (CSV, shapefile, zip, GeoPackage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="150"/>
        <source>The file as downloaded from Cerema (CSV with ; or ,, shapefile, zipped shapefile) or a GeoPackage table written as path.gpkg|layername=name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="158"/>
        <source>Layer or table name (multi-layer files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="161"/>
        <source>For a GeoPackage or a zip with several layers: the layer to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="166"/>
        <source>Target COG year (commune geography)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="174"/>
        <source>Year of the Code officiel géographique the communes must follow: the COG corrections dated after the file's own COG and up to this year are applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="182"/>
        <source>COG year of the file (0: from its EPCI column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="190"/>
        <source>The commune geography of the file. 0: the year of its epci{NN} column (epci24 → 2024), else the end year of the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="199"/>
        <source>Commune layer to check the codes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="205"/>
        <source>Communes at the target COG year. Codes of the file absent from this layer stop the import (listed), unless only its communes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="213"/>
        <source>INSEE code field of the commune layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="221"/>
        <source>Field holding the commune codes (default insee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="224"/>
        <source>Keep only the communes of the commune layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="227"/>
        <source>Import only the communes of the commune layer (e.g. the 319 communes of the territory from the national file). Communes of the layer missing from the file stop the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="236"/>
        <source>Accept a release without the whole 2011-2020 decade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="241"/>
        <source>The 2009-2020 release stops at naf19art20 and cannot give the reference consumption 2011-2020. Tick to import it anyway (with a warning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="250"/>
        <source>Working GeoPackage (written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="256"/>
        <source>An existing GeoPackage you can write to, e.g. your working copy of the territory GeoPackage (made when you open the territory project). Never the plugin&apos;s own template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="265"/>
        <source>Consumption table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="270"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="271"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="272"/>
        <source>Rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="273"/>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="274"/>
        <source>Anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="281"/>
        <source>No Cerema file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="285"/>
        <source>No working GeoPackage given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="301"/>
        <source>{layer}: field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="309"/>
        <source>Keeping only the communes of the commune layer needs a commune layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="336"/>
        <source>Cancelled by the user: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="349"/>
        <source>{file}: release {release}, {count} commune(s), destinations {dest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="359"/>
        <source>{file}: the release does not cover the reference decade 2011-2020: the reference consumption cannot be computed from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="384"/>
        <source>COG {source} → {target}: {count} correction(s) applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="399"/>
        <source>{count} commune(s) of the file outside the commune layer left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="435"/>
        <source>{gpkg}: {rows} row(s) written for {communes} commune(s), release {release}, last year {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="479"/>
        <source>{layer}: {count} value(s) of field {field} are not INSEE codes: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="487"/>
        <source>{file}: {count} commune(s) of {layer} are missing from the file (after COG corrections): {codes}. Nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="499"/>
        <source>{file}: {count} commune code(s) are absent from {layer} (by département: {deps}): {codes}. Nothing was written. Tick 'Keep only the communes of the commune layer' to import only those communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="522"/>
        <source>{file}: {count} negative annual value(s), kept as published (not clipped) and listed in zan_consommation_anomalies, e.g. {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="540"/>
        <source>{file}: {count} empty cell(s): no row written for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="546"/>
        <source>Check C1 (naf = Σ destinations ± 1 m²): {tested} tested, {failed} exception(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="552"/>
        <source>Check C1 exceptions (listed in the anomalies table): {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="558"/>
        <source>Check C2 (annual flows = windows): {tested} tested, {failed} exception(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="564"/>
        <source>Check C2 exceptions (listed in the anomalies table): {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="571"/>
        <source>Destinations absent from this release (no rows, not zero): {dest}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanParameters</name>
    <message>
        <location filename="../processing/zan_parameters.py" line="21"/>
        <source>Cerema release (if the table holds several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/zan_parameters.py" line="23"/>
        <source>Release label such as 2009-2024. Empty: the most recent release of the table, with a warning when it holds several.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanProjects</name>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="106"/>
        <source>ZAN counter: planned projects against the remaining budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="109"/>
        <source>zan,compteur,projets,zones AU,budget,enveloppe,solde,plu,ocsge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="112"/>
        <source>&lt;p&gt;The &lt;i&gt;compteur ZAN&lt;/i&gt;: planned projects or AU zones (polygons with a status and an expected year) are clipped by the communes and subtracted from each commune's remaining budget. Only the net new consumption counts: the part of a project already artificialised in the given OCS GE millésime (IGN artif field, else the raw CS × US matrix) is excluded; with only a PLU (CNIG standard), the part inside U zones (TYPEZONE = U) is excluded instead. The &lt;i&gt;exclusion&lt;/i&gt; field of the outputs says which was used.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="112"/>
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: per commune, insee, territory, budget_m2, projects (number of projects), projects_m2, excluded_m2, net_m2, balance_m2 and exclusion (ocsge_artif, ocsge_matrix, plu_zone_u or none); per territory, the same sums with communes and communes_without_budget (the territory budget only sums the communes that have one).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="145"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="146"/>
        <source>Planned projects or AU zones (polygons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="148"/>
        <source>Status field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="151"/>
        <source>Field holding the project status, e.g. statut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="153"/>
        <source>Statuses to count (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="156"/>
        <source>e.g. en projet,autorisé; empty: every status counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="158"/>
        <source>Expected year field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="166"/>
        <source>Field holding the expected year of completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="168"/>
        <source>Horizon (last expected year counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="171"/>
        <source>Projects expected after this year are left out; empty: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="173"/>
        <source>OCS GE millésime (already artificialised land)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="180"/>
        <source>Its artificialised part is excluded from the projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="182"/>
        <source>PLU zoning (used without OCS GE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="185"/>
        <source>CNIG zoning layer: the part of projects in U zones is excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="187"/>
        <source>Zone type field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="190"/>
        <source>CNIG TYPEZONE: U, AUc, AUs, A, N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="192"/>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="193"/>
        <source>Commune polygons with their INSEE code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="195"/>
        <source>INSEE code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="198"/>
        <source>Commune code, matched as text with the budget table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="200"/>
        <source>Territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="203"/>
        <source>Field grouping communes into territories; empty: one territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="205"/>
        <source>Remaining budget field of the communes (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="213"/>
        <source>Used when no budget table is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="215"/>
        <source>Remaining budget table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="222"/>
        <source>e.g. the output of aula:zantrajectory per commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="224"/>
        <source>Budget table key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="235"/>
        <source>Budget table field (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="243"/>
        <source>Remaining budget in m².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="246"/>
        <source>ZAN counter per commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="249"/>
        <source>One row per commune: budget, projects, excluded, net, balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="251"/>
        <source>ZAN counter per territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="254"/>
        <source>One row per territory: the sums of its communes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="268"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="286"/>
        <source>{layer}: field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="309"/>
        <source>{layer}: statuses are given but no status field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="318"/>
        <source>{layer}: a horizon is given but no expected year field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="346"/>
        <source>No remaining budget: give a budget table (e.g. the output of aula:zantrajectory) or a budget field of the communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="356"/>
        <source>{layer}: field {field} is not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="391"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="434"/>
        <source>{layer}: {count} project(s) outside every commune were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="442"/>
        <source>{count} commune(s) without a remaining budget (NULL balance): {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="500"/>
        <source>{count} project(s) counted; exclusion: {exclusion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="545"/>
        <source>{layer}: {kept} project(s) kept, {status} left out by status, {year} by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="551"/>
        <source>{layer}: {count} project(s) without an expected year left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="557"/>
        <source>{layer}: {count} invalid geometry(ies) repaired with makeValid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="575"/>
        <source>{plu}: the PLU is not used, the OCS GE layer {ocs} is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="590"/>
        <source>Neither OCS GE nor PLU: the whole area of the projects is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="623"/>
        <source>{layer}: {count} polygon(s) of already consumed land (exclusion {exclusion})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="112"/>
        <source>&lt;p&gt;balance = remaining budget - (project area - excluded part), per commune and per territory, in m² (Lambert-93, EPSG:2154). A negative balance is an overrun. The remaining budget comes from a table (for example the output of aula:zantrajectory per commune: key territory = INSEE code, field remaining_m2) or from a field of the commune layer; a commune without a budget gets a NULL balance. Overlapping projects are counted twice: merge them first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="231"/>
        <source>INSEE code in the budget table; empty: territory_id, territory or insee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="338"/>
        <source>{layer}: no key field (territory_id, territory or insee)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanReport</name>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="143"/>
        <source>Triennial local report on land consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="146"/>
        <source>zan,report,triennial,rapport,triennal,consommation,artificialisation,NAF,L.2231-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="157"/>
        <source>&lt;p&gt;Writes the draft of the triennial local report on land take that a commune or an EPCI presents, debates and votes in council at least every three years (article L.2231-1 of the CGCT, contents fixed by R.2231-1). The report is written in French: a PDF (QGIS print layout), an editable OpenDocument text (.odt, opened by LibreOffice and Microsoft Word) to amend before the vote, the CSV of every figure shown, and the two charts (PNG).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="157"/>
        <source>&lt;p&gt;Sections: introduction (legal frame and procedure); (1) consumption of natural, agricultural and forest land (Cerema, in ha, by destination and as a share of the territory) with the chart of annual consumption 2011..last year; (2) artificialisation and renaturation balance and (3) impermeabilised areas, from OCS GE figures when given, otherwise stated as not available; (4) assessment against the 2021-2031 envelope: reference 2011-2020 (ten annual flows), envelope = reference × (1 − rate), 1 ha guarantee for an eligible commune, consumption since 2021, pace, projection to 1 January 2031, first year of overshoot, with the trajectory chart; then the sources and data releases.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="157"/>
        <source>&lt;p&gt;&lt;b&gt;Rate&lt;/b&gt;: the RATE parameter when given (cite its document in Rate source); otherwise the territory&apos;s rate in the rates table (by default the table shipped with the plugin), falling back on its parents and on the regional rate of the SRADDET Hauts-de-France (54.47 %), which the report then says.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="157"/>
        <source>&lt;p&gt;When an input layer is recorded as synthetic in the aula_provenance table of its GeoPackage, every output is stamped SYNTHÉTIQUE. Files written in the output folder: rapport_triennal_&amp;lt;code&amp;gt;_&amp;lt;name&amp;gt;.pdf, .odt, .csv, _consommation_annuelle.png and _trajectoire.png (replaced if they exist).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="197"/>
        <source>NAF consumption (long table zan_consommation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="202"/>
        <source>Table with one row per commune, year and destination: insee, annee, destination (naf = total, act, hab, mix, rou, fer, inc), surface_m2, as written by the Cerema import into the working GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="213"/>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="216"/>
        <source>Commune layer with the fields insee, nom, surface_ha and the membership fields (epci_siren, epci_nom…), such as the commune layer of the territory GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="225"/>
        <source>Territory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="232"/>
        <source>Field of the commune layer selecting the territory: insee for a commune report, epci_siren for an EPCI report (any other field makes a report on the group of communes with that value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="241"/>
        <source>Territory code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="242"/>
        <source>Value of the territory field: a commune&apos;s INSEE code or an EPCI&apos;s SIREN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="247"/>
        <source>Territory name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="250"/>
        <source>Name printed in the report. Empty: the commune&apos;s nom, or the epci_nom field of its communes for an EPCI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="258"/>
        <source>Reduction rate (%, optional override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="265"/>
        <source>Per cent of the 2011-2020 consumption to remove in 2021-2031 (54.47 in Hauts-de-France). Empty: the territory&apos;s rate from the rates table, else the regional 54.47 % with a note in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="274"/>
        <source>Rate source (document, page, date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="277"/>
        <source>Document that sets the rate given in RATE, printed in the report (e.g. SCoT de l&apos;Artois, DOO p. 42, 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="285"/>
        <source>Rates table (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="291"/>
        <source>Rates table (plugin CSV, GeoPackage with zan_taux_reduction, or the JSON of Mon Diagnostic Artificialisation). Empty: the table shipped with the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="300"/>
        <source>Commune eligible to the 1 ha guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="303"/>
        <source>Commune reports only: the commune's planning document was prescribed, arrêté or approved before 22 August 2026 (loi 2023-630), so its envelope is at least 1 ha. Never assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="312"/>
        <source>OCS GE artificialised stock (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="318"/>
        <source>Table from aula:zanartificialisation with the fields territory, millesime, artif_m2, impermeable_m2 (rows of the territory, or of its communes, which are summed). Empty: sections 2 and 3 say the data is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="327"/>
        <source>OCS GE flows (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="333"/>
        <source>Table from aula:zanartificialisation with the fields territory, millesime_1, millesime_2, artificialisation_m2, renaturation_m2, net_m2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="341"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="344"/>
        <source>Folder receiving the PDF, ODT, CSV and the two PNG charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="347"/>
        <source>Report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="348"/>
        <source>Editable report (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="349"/>
        <source>Figures of the report (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="350"/>
        <source>Annual consumption chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="353"/>
        <source>Trajectory chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="354"/>
        <source>Map of the territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="372"/>
        <source>{layer}: missing field(s) {fields} (expected {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="432"/>
        <source>{layer}: territory field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="440"/>
        <source>Give the territory code (TERRITORY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="447"/>
        <source>Reduction rate {value} % is above 100 %: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="562"/>
        <source>{territory}: report written to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="584"/>
        <source>{layer}: no polygon geometry: the report has no map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="596"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="612"/>
        <source>The PDF could not be written to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="650"/>
        <source>{layer}: no commune has {field} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="689"/>
        <source>{layer}: no consumption row for the communes of {territory}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="696"/>
        <source>{layer}: release {release} not found (releases: {releases})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="709"/>
        <source>{layer}: several releases ({releases}); the most recent one, {release}, is reported (choose another with RELEASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="828"/>
        <source>{layer}: no row for territory {territory} nor for its communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="891"/>
        <source>{layer}: {count} commune(s) of the territory have no row: {communes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="903"/>
        <source>The 1 ha guarantee applies to eligible communes only: ignored for {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="914"/>
        <source>Synthetic input data: every output is stamped SYNTHÉTIQUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="919"/>
        <source>{layer}: some communes have no surface_ha: the area is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZanTrajectory</name>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="191"/>
        <source>NAF consumption envelope and trajectory 2021-2031</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="194"/>
        <source>zan,enaf,naf,envelope,trajectory,enveloppe,trajectoire,taux de réduction,sraddet,garantie communale,plui,consommation d'espaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="200"/>
        <source>&lt;p&gt;Computes, per commune or per group of communes (EPCI, SCoT, PLUi…), the 2021-2031 envelope of natural, agricultural and forest (NAF) land consumption and where the territory stands on it, from the long consumption table &lt;i&gt;zan_consommation&lt;/i&gt; (Cerema annual flows, in m²) and a table of territorial reduction rates with their source documents.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="200"/>
        <source>&lt;p&gt;&lt;b&gt;Formulas&lt;/b&gt; (loi n° 2021-1104 Climat et Résilience, art. 191 and 194; loi n° 2023-630): reference C_ref = the ten annual flows 2011..2020 (naf11art12 … naf20art21, never naf21art22); envelope E = C_ref × (1 − r/100), r in per cent, may be negative, above 100 refused; target path T(t) = (t − 2020) × E/10; consumption since 2021 R(L) up to the last year L of the data; share used 100 × R/E; remaining max(0, E − R); pace p = R/(L − 2020); projection to 2031 p × 10; first year of overshoot; status.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="200"/>
        <source>&lt;p&gt;&lt;b&gt;Rates&lt;/b&gt;: the shipped table (national 50 %, Hauts-de-France SRADDET 54.47 %, local rates of the SRADDET as published by Mon Diagnostic Artificialisation), or your own CSV, sparte JSON or GeoPackage table zan_taux_reduction. A territory without a rate of its own gets its parent&apos;s (EPCI, SCoT, region, nation) with a warning, e.g. regional rate applied; rate_fallback = 1 in the output.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="200"/>
        <source>&lt;p&gt;&lt;b&gt;1 ha guarantee&lt;/b&gt;: only for communes marked eligible in the eligibility field (never assumed), and only per commune: groups get their own envelope without floor, and the sum of their communes&apos; envelopes separately. With a pooling field (PLUi), each PLUi is measured against the sum of its communes&apos; guaranteed envelopes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="200"/>
        <source>&lt;p&gt;&lt;b&gt;Mon Diagnostic Artificialisation compatible&lt;/b&gt; mode reproduces that tool's trajectory table (r = 50, 1 ha floor at every level without eligibility, projection × 9): for comparisons only, stamped on every row. Decades 2031-2040 and 2041-2050 are scenarios (N_k = N_k−1 × (1 − r_k)), not rules: after 2031 the target is net artificialisation, another metric. Deductions (PENE, ground-mounted solar, renaturation) are off unless a table is given; both gross and net consumption are then written.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="247"/>
        <source>NAF consumption (long table zan_consommation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="252"/>
        <source>Table with insee, annee, destination, surface_m2 (rows naf are used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="257"/>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="260"/>
        <source>Commune layer with the INSEE code and membership fields (epci_siren, scot_id, pole_id, territoire_id), e.g. the territory GeoPackage&apos;s commune layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="268"/>
        <source>INSEE code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="275"/>
        <source>Field of the commune layer holding the INSEE code (empty: insee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="278"/>
        <source>Group field (empty: per commune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="284"/>
        <source>Field grouping the communes into territories, e.g. epci_siren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="287"/>
        <source>Rates table (empty: shipped table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="287"/>
        <source>Rates tables (*.csv *.json *.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="294"/>
        <source>CSV (territory_id, level, name, parent_id, rate_pct, document, page, date, in_local_document, url, comment), sparte JSON, or GeoPackage with the table zan_taux_reduction. Empty: resources/zan/taux_reduction.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="303"/>
        <source>Rate id of a group key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="306"/>
        <source>Template giving the rates-table id of a group key, with {key}. Empty: EPCI_{key} for an EPCI field, COMM_{key} per commune, else {key} itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="315"/>
        <source>Rate for every territory (scenario, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="321"/>
        <source>Replaces the rates table for every territory (e.g. 50); ≤ 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="324"/>
        <source>1 ha guarantee eligibility field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="330"/>
        <source>Field of the commune layer: 1 (or true, oui) for a commune eligible to the 1 ha guarantee; 0, empty or NULL otherwise. Empty: no commune gets the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="338"/>
        <source>PLUi pooling field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="344"/>
        <source>Field of the commune layer with the PLUi key: one row per PLUi, measured against the sum of its communes&apos; guaranteed envelopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="353"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="353"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="353"/>
        <source>Mon Diagnostic Artificialisation compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="359"/>
        <source>Legal (default), or compatible with Mon Diagnostic Artificialisation: r = 50, 1 ha floor at every level without eligibility, projection × 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="367"/>
        <source>Scenario rate 2031-2040 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="367"/>
        <source>Scenario rate 2041-2050 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="374"/>
        <source>Reduction of the previous decade&apos;s allowance: a scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="378"/>
        <source>Deduction: projects of national or European scope (PENE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="378"/>
        <source>Deduction: qualifying ground-mounted solar farms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="378"/>
        <source>Deduction: renaturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="386"/>
        <source>Table with insee, annee (≥ 2021), surface_m2; off when empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="390"/>
        <source>Trajectories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="393"/>
        <source>One row per territory with every figure and the rate&apos;s source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="395"/>
        <source>Trajectories per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="398"/>
        <source>One row per territory and year 2021..2030: target and consumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="408"/>
        <source>{layer}: field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="413"/>
        <source>{layer}: field {field} is not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="436"/>
        <source>{parameter}: rate {value} % is above 100 %: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="464"/>
        <source>{layer}: give either a group field ({group}) or a PLUi pooling field ({pool}), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="492"/>
        <source>{parameter}: the template {value!r} has no {{key}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="547"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="710"/>
        <source>{layer}: feature {fid}: field {field} is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="581"/>
        <source>{layer}: feature {fid}: {field} = {value} is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="587"/>
        <source>{layer}: commune {insee}, year {year} appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="644"/>
        <source>{layer}: feature {fid} has an empty {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="650"/>
        <source>{layer}: commune {insee} appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="661"/>
        <source>{layer}: commune {insee}: eligibility {field} = {value!r} is not 1/0, true/false or oui/non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="678"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="687"/>
        <source>{layer}: {count} commune(s) without a group key are left out: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="717"/>
        <source>{layer}: feature {fid}: year {year}: deductions only apply to consumption since 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="744"/>
        <source>{layer}: {count} commune(s) not in {communes} are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="768"/>
        <source>… and {count} more warning(s): see the field rate_warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="776"/>
        <source>Mon Diagnostic Artificialisation compatible mode: r = 50, 1 ha floor at every level without eligibility, projection × 9; for comparison, not the legal figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="786"/>
        <source>{count} territory(ies) written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="605"/>
        <source>{layer}: no release field to choose release {release}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="617"/>
        <source>{layer}: several releases ({releases}); {release} is used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aula</name>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="69"/>
        <source>{layer}: {count} feature(s) with an empty parent field {field} belong to no parent: they were left out of the aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="72"/>
        <source>{layer}: parent {parent}: {count} NULL value(s) in field {field} were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="74"/>
        <source>{layer}: parent {parent}: every value of field {field} is NULL, its sum is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="76"/>
        <source>{layer}: parent {parent}: rate {rate} is NULL: no feature has non-NULL values in both fields {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="79"/>
        <source>{layer}: parent {parent}: rate {rate} is NULL because the sum of its denominator field {field} is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="83"/>
        <source>{layer}: the rate table must have 4 columns (output field, numerator field, denominator field, multiplier); got {count} value(s): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="86"/>
        <source>{layer}: two output fields would be named {field} (and {other}): rename a rate or drop a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="89"/>
        <source>{layer}: every feature has an empty parent field {field}: nothing to aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="142"/>
        <source>{layer}: the multiplier of rate {rate} is not a number: {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="221"/>
        <source>{layer}: choose at least one field to sum or one rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="226"/>
        <source>{layer}: a rate has no output field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="226"/>
        <source>{layer}: rate {rate} has no numerator field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="226"/>
        <source>{layer}: rate {rate} has no denominator field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="324"/>
        <source>{layer}: field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="332"/>
        <source>{layer}: field {field} holds a non-numeric value: {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="384"/>
        <source>{layer}: parent field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/aggregation.py" line="411"/>
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
        <location filename="../aula_plugin/core/zan/cerema.py" line="176"/>
        <source>{file}: not a Cerema NAF consumption file. Expected a commune code column idcom and annual columns naf{{AA}}art{{AA+1}} (e.g. naf11art12) with destinations art{{AA}}hab{{AA+1}}…; found: {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="180"/>
        <source>{file}: the annual columns have a gap: {missing} missing between {first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="182"/>
        <source>{file}: the reference decade 2011-2020 is incomplete (annual columns {missing} missing: expected naf11art12 … naf20art21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="185"/>
        <source>{file}: year {year} has no destination columns art{yy}act{next}, art{yy}hab{next}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="187"/>
        <source>{file}: {count} value(s) are not whole m² (e.g. column {column}, commune {insee}: {value}): Cerema files give integer m². Decimal values suggest hectares: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="190"/>
        <source>{file}: column {column}, commune {insee}: {value!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="192"/>
        <source>{file}: column {column} totals {total} while comparable columns total about {typical}: the file mixes units (m² and ha?). Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="195"/>
        <source>{file}: {count} commune code(s) do not match the INSEE pattern (5 characters, digits or 2A/2B): {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="198"/>
        <source>{file}: {count} commune code(s) appear more than once: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema.py" line="200"/>
        <source>{file}: the file has no commune rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="71"/>
        <source>{path} is the plugin&apos;s shipped GeoPackage (or lies inside the plugin folder), which is replaced on every upgrade: open the territory project first (it makes your working copy) and import into that copy, or choose another GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="75"/>
        <source>{path}: the GeoPackage does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="76"/>
        <source>{path}: not a GeoPackage ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="77"/>
        <source>{path}: the GeoPackage is read-only: nothing was written. Choose a GeoPackage you can write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="80"/>
        <source>{path}: the GeoPackage is locked by another program or is read-only ({reason}): nothing was written. Close the other program (or stop editing its layers) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="83"/>
        <source>{path}: writing failed ({reason}): nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cerema_store.py" line="85"/>
        <source>{path}: no table {table}: import a Cerema file first (aula:zanimportconsumption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cog.py" line="35"/>
        <source>{file}, line {line}: {problem}. Expected columns cog_year, kind (fusion, scission or absente), old_insee, new_insee, share (per cent, for scissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/cog.py" line="38"/>
        <source>{file}: COG {year}, scission of {insee}: the shares add up to {total} %, not 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="24"/>
        <source>The period {first}-{last} is empty: the first year must not come after the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="26"/>
        <source>The consumption table has no data for year(s) {missing} of the period {first}-{last} (it covers {available})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="29"/>
        <source>{count} commune(s) of the grouping are missing from the consumption table and count as zero: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="32"/>
        <source>{count} commune(s) have an empty group and were left out: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="34"/>
        <source>Group {group}: area unknown or zero for {count} member(s): its share of the area is left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/consumption.py" line="37"/>
        <source>None of the communes of the grouping is in the consumption table: check the commune codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/model.py" line="55"/>
        <source>Unknown consumption destination {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/model.py" line="101"/>
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
        <location filename="../aula_plugin/core/zan/rates.py" line="56"/>
        <source>Rates table {table}: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="57"/>
        <source>Rates table {table}: not a list of territorialisation objectives (JSON): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="59"/>
        <source>Rates table {table}: entry {index} has no field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="61"/>
        <source>Rates table {table}: missing column(s) {columns} (expected {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="63"/>
        <source>Rates table {table}: the GeoPackage has no table {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="65"/>
        <source>Rates table {table}, row {row}: empty territory_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="67"/>
        <source>Rates table {table}: territory {territory} appears more than once (rows {rows})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="69"/>
        <source>Rates table {table}, row {row} ({territory}): field {field} {value!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="71"/>
        <source>Rates table {table}, row {row} ({territory}): field {field} = {value} is above 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="73"/>
        <source>Rates table {table}: parent {parent} of {territory} is not in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="75"/>
        <source>Rates table {table}: no rate for {territory} nor any of its parents ({chain})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="78"/>
        <source>{territory}: no reduction rate of its own: regional rate applied ({parent}, {rate} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="80"/>
        <source>{territory}: no reduction rate of its own: national rate applied ({parent}, {rate} %, indicative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/rates.py" line="83"/>
        <source>{territory}: no reduction rate of its own: rate of {parent} applied ({rate} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report.py" line="294"/>
        <source>Unknown territory kind {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report.py" line="304"/>
        <source>{territory}: no NAF consumption for the year(s) {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/report_charts.py" line="33"/>
        <source>The report charts need matplotlib, which ships with QGIS: install python3-matplotlib (Debian) or use a QGIS installation that includes it ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/trajectory.py" line="65"/>
        <source>Unknown trajectory mode {value!r} (expected legal or mda_compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="52"/>
        <source>{layer}: no commune to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="53"/>
        <source>{table}: no consumption (destination naf) for {count} commune(s) of {layer}: {communes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="55"/>
        <source>{table}: the communes do not all end the same year ({years}): each territory uses its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="57"/>
        <source>The 1 ha guarantee applies to eligible communes only: it is not applied to the territories of {field} (their sum of commune envelopes is given in sum_commune_envelopes_m2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/territory_trajectories.py" line="60"/>
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
        <location filename="../aula_plugin/gis/overlay.py" line="159"/>
        <source>{layer}: {count} invalid geometry(ies) repaired with makeValid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/overlay.py" line="161"/>
        <source>{layer}: no commune with a code in field {field} and a geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/overlay.py" line="163"/>
        <source>{layer}: reprojected from {crs} to EPSG:2154 (Lambert-93) to measure areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_cerema_io.py" line="25"/>
        <source>{path}: cannot open the file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_cerema_io.py" line="26"/>
        <source>{path}: no layer {layer} (layers: {layers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/zan_cerema_io.py" line="27"/>
        <source>{path}: the text is neither UTF-8 nor Latin-1: save the file as UTF-8 and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/zan/model.py" line="139"/>
        <source>{layer}: no release {release} (releases: {releases})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="91"/>
        <source>Unknown edge smoothing rule {rule}: use none, R2022A or R2023A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="99"/>
        <source>Contiguity must be 4 (rook) or 8 (queen), not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="257"/>
        <source>The population grid is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="259"/>
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
        <location filename="../aula_plugin/core/centralities/rules.py" line="39"/>
        <source>{n} activities &lt; {n_min}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="40"/>
        <source>functions C, S, E: {k}/3 &lt; 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="41"/>
        <source>Level thresholds: three increasing numbers expected, got “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/centralities/rules.py" line="42"/>
        <source>Parameter {name}: {value} is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/closing.py" line="27"/>
        <source>The distance must be a positive number of metres, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/corridors.py" line="53"/>
        <source>There is no reservoir on the friction grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/corridors.py" line="55"/>
        <source>The all-pairs topology needs a maximum cost greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="105"/>
        <source>The friction grid must be a non-empty 2-D array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="111"/>
        <source>The source grid ({src}) and the friction grid ({fr}) differ in shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="116"/>
        <source>The cell size must be positive (got {ew} × {ns}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="123"/>
        <source>The friction contains {n} negative values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="132"/>
        <source>There is no source cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="135"/>
        <source>Every source cell is impassable (friction without data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="163"/>
        <source>The maximum cost and the start cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/costdistance.py" line="208"/>
        <source>The cell ({row}, {col}) cannot be reached from any source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="53"/>
        <source>{table}: no key column (a column named code, code_18, or code_cs and code_us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="55"/>
        <source>{table}: no column for the sub-network {subnetwork} (columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="57"/>
        <source>{table}: the code {code} appears more than once (lines {lines})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="59"/>
        <source>{table}, line {line}, column {column}: {value!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="61"/>
        <source>{table}, line {line}, column {column}: negative friction {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="63"/>
        <source>{table}, line {line}: the key column {column} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="65"/>
        <source>{table}: the table has no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="66"/>
        <source>{layer}: {count} land-cover code(s) missing from the friction table {table}, nothing was written:
{lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="69"/>
        <source>{code}: {area} ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="70"/>
        <source>{table}: unknown infrastructure class {value!r} (known classes: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="72"/>
        <source>{table}, line {line}: the width {value!r} is not a positive number of metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="74"/>
        <source>Unknown light mode {mode!r} (expected {modes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/friction.py" line="417"/>
        <source>The light reference must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="79"/>
        <source>Duplicate patch identifiers: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="90"/>
        <source>Link {a} – {b}: the cost {cost} is not a finite number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="108"/>
        <source>Links name {count} unknown patch identifiers: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="123"/>
        <source>The reference distance d0 must be &gt; 0 (got {d0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="127"/>
        <source>The probability p0 must be in ]0, 1] (got {p0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="278"/>
        <source>{count} patches have a missing or negative capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="283"/>
        <source>The landscape area must be &gt; 0 (got {area})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/tvb/graph.py" line="288"/>
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
        <location filename="../aula_plugin/gis/centralities_agreed.py" line="72"/>
        <source>Agreed perimeter {agreed}: best match {computed}, IoU {iou}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_agreed.py" line="73"/>
        <source>area difference {diff} ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_agreed.py" line="74"/>
        <source>activities inside both {both}, only agreed {agreed}, only computed {computed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_agreed.py" line="77"/>
        <source>Agreed perimeter {agreed}: no computed perimeter overlaps it (IoU 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/centralities_agreed.py" line="80"/>
        <source>Computed perimeter {computed} overlaps no agreed perimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_raster.py" line="108"/>
        <source>{layer}: GDAL cannot read this raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_raster.py" line="116"/>
        <source>{layer}: the raster is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_raster.py" line="133"/>
        <source>{layer} has no coordinate reference system: use EPSG:2154 (Lambert-93).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_raster.py" line="139"/>
        <source>{layer} is in a geographic CRS (degrees): cost distances need metres; reproject it to EPSG:2154 (Lambert-93).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_raster.py" line="146"/>
        <source>{layer} is in a projected CRS other than EPSG:2154: it is used as it is, since reprojecting a friction raster would change its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/gis/tvb_raster.py" line="306"/>
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
        <location filename="../aula_plugin/gis/tvb_raster.py" line="113"/>
        <source>{layer}: rotated or south-up rasters are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
