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
        <location filename="../processing/algorithms/aggregateindicators.py" line="275"/>
        <source>{layer}: field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="280"/>
        <source>{layer}: field {field} is not numeric (type {type}): it cannot be summed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="303"/>
        <source>{layer}: parent field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="329"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="355"/>
        <source>{layer}: a parent layer ({parent_layer}) needs a parent key field in the input layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="365"/>
        <source>{layer}: parent key field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="404"/>
        <source>{layer}: {count} parent(s) written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="412"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="450"/>
        <source>{layer}: key {key} of field {field} appears more than once: the first feature&apos;s geometry is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="518"/>
        <source>{layer}: parent {key} is missing from {parent_layer} (field {field}): its row is written without geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aggregateindicators.py" line="538"/>
        <source>{layer}: {count} parent(s) have no member in {input} and are not written: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AulaAlgorithm</name>
    <message>
        <location filename="../processing/base.py" line="23"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="24"/>
        <source>Green and blue network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="25"/>
        <source>Centralities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="26"/>
        <source>ZAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="27"/>
        <source>SCoT compatibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AulaPlugin</name>
    <message>
        <location filename="../aula_plugin/plugin.py" line="48"/>
        <source>Open the territory project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="51"/>
        <source>Indicator fact sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="52"/>
        <source>Choose the working folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/plugin.py" line="55"/>
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
        <location filename="../processing/algorithms/zanartificialisation.py" line="215"/>
        <source>No OCS GE layer was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="226"/>
        <source>{layer}: not a vector layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="252"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="263"/>
        <source>{layer}: field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="268"/>
        <source>The INSEE code field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="285"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="305"/>
        <source>Raw CS × US matrix, version {version} (approximation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="353"/>
        <source>Département {dep}: millésimes {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="363"/>
        <source>Flows need at least two OCS GE layers (millésimes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="374"/>
        <source>{count} stock row(s) and {flows} flow row(s) written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="475"/>
        <source>{layer}: {count} invalid geometry(ies) repaired with makeValid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="481"/>
        <source>{layer}: {count} polygon(s) outside the communes were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="504"/>
        <source>Commune {insee}, millésime {year}: OCS GE polygons cover {pct:.2f} % of the commune (gaps or overlaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="511"/>
        <source>{count} commune-millésime(s) in all are not fully covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanartificialisation.py" line="671"/>
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
        <location filename="../processing/algorithms/zanconsumption.py" line="279"/>
        <source>{layer}: field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="334"/>
        <source>The first year ({first}) comes after the last year ({last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="419"/>
        <source>{count} group(s), period {first}-{last}, release {release}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="430"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanconsumption.py" line="472"/>
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
        <location filename="../processing/algorithms/zanimportconsumption.py" line="348"/>
        <source>Cancelled by the user: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="361"/>
        <source>{file}: release {release}, {count} commune(s), destinations {dest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="371"/>
        <source>{file}: the release does not cover the reference decade 2011-2020: the reference consumption cannot be computed from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="396"/>
        <source>COG {source} → {target}: {count} correction(s) applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="411"/>
        <source>{count} commune(s) of the file outside the commune layer left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="447"/>
        <source>{gpkg}: {rows} row(s) written for {communes} commune(s), release {release}, last year {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="491"/>
        <source>{layer}: {count} value(s) of field {field} are not INSEE codes: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="499"/>
        <source>{file}: {count} commune(s) of {layer} are missing from the file (after COG corrections): {codes}. Nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="511"/>
        <source>{file}: {count} commune code(s) are absent from {layer} (by département: {deps}): {codes}. Nothing was written. Tick 'Keep only the communes of the commune layer' to import only those communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="534"/>
        <source>{file}: {count} negative annual value(s), kept as published (not clipped) and listed in zan_consommation_anomalies, e.g. {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="552"/>
        <source>{file}: {count} empty cell(s): no row written for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="558"/>
        <source>Check C1 (naf = Σ destinations ± 1 m²): {tested} tested, {failed} exception(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="564"/>
        <source>Check C1 exceptions (listed in the anomalies table): {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="570"/>
        <source>Check C2 (annual flows = windows): {tested} tested, {failed} exception(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="576"/>
        <source>Check C2 exceptions (listed in the anomalies table): {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanimportconsumption.py" line="583"/>
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
        <location filename="../processing/algorithms/zanprojects.py" line="280"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="298"/>
        <source>{layer}: field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="321"/>
        <source>{layer}: statuses are given but no status field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="330"/>
        <source>{layer}: a horizon is given but no expected year field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="358"/>
        <source>No remaining budget: give a budget table (e.g. the output of aula:zantrajectory) or a budget field of the communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="368"/>
        <source>{layer}: field {field} is not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="403"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="446"/>
        <source>{layer}: {count} project(s) outside every commune were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="454"/>
        <source>{count} commune(s) without a remaining budget (NULL balance): {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="512"/>
        <source>{count} project(s) counted; exclusion: {exclusion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="557"/>
        <source>{layer}: {kept} project(s) kept, {status} left out by status, {year} by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="563"/>
        <source>{layer}: {count} project(s) without an expected year left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="569"/>
        <source>{layer}: {count} invalid geometry(ies) repaired with makeValid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="587"/>
        <source>{plu}: the PLU is not used, the OCS GE layer {ocs} is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="602"/>
        <source>Neither OCS GE nor PLU: the whole area of the projects is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanprojects.py" line="635"/>
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
        <location filename="../processing/algorithms/zanprojects.py" line="350"/>
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
        <location filename="../processing/algorithms/zanreport.py" line="384"/>
        <source>{layer}: missing field(s) {fields} (expected {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="444"/>
        <source>{layer}: territory field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="452"/>
        <source>Give the territory code (TERRITORY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="459"/>
        <source>Reduction rate {value} % is above 100 %: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="574"/>
        <source>{territory}: report written to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="596"/>
        <source>{layer}: no polygon geometry: the report has no map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="608"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="624"/>
        <source>The PDF could not be written to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="662"/>
        <source>{layer}: no commune has {field} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="701"/>
        <source>{layer}: no consumption row for the communes of {territory}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="708"/>
        <source>{layer}: release {release} not found (releases: {releases})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="721"/>
        <source>{layer}: several releases ({releases}); the most recent one, {release}, is reported (choose another with RELEASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="840"/>
        <source>{layer}: no row for territory {territory} nor for its communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="903"/>
        <source>{layer}: {count} commune(s) of the territory have no row: {communes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="915"/>
        <source>The 1 ha guarantee applies to eligible communes only: ignored for {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="926"/>
        <source>Synthetic input data: every output is stamped SYNTHÉTIQUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zanreport.py" line="931"/>
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
        <location filename="../processing/algorithms/zantrajectory.py" line="420"/>
        <source>{layer}: field {field} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="425"/>
        <source>{layer}: field {field} is not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="448"/>
        <source>{parameter}: rate {value} % is above 100 %: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="476"/>
        <source>{layer}: give either a group field ({group}) or a PLUi pooling field ({pool}), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="504"/>
        <source>{parameter}: the template {value!r} has no {{key}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="559"/>
        <source>Cancelled by the user: no output was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="722"/>
        <source>{layer}: feature {fid}: field {field} is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="593"/>
        <source>{layer}: feature {fid}: {field} = {value} is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="599"/>
        <source>{layer}: commune {insee}, year {year} appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="656"/>
        <source>{layer}: feature {fid} has an empty {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="662"/>
        <source>{layer}: commune {insee} appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="673"/>
        <source>{layer}: commune {insee}: eligibility {field} = {value!r} is not 1/0, true/false or oui/non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="690"/>
        <source>{layer}: the layer has no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="699"/>
        <source>{layer}: {count} commune(s) without a group key are left out: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="729"/>
        <source>{layer}: feature {fid}: year {year}: deductions only apply to consumption since 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="756"/>
        <source>{layer}: {count} commune(s) not in {communes} are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="780"/>
        <source>… and {count} more warning(s): see the field rate_warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="788"/>
        <source>Mon Diagnostic Artificialisation compatible mode: r = 50, 1 ha floor at every level without eligibility, projection × 9; for comparison, not the legal figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="798"/>
        <source>{count} territory(ies) written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="617"/>
        <source>{layer}: no release field to choose release {release}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/algorithms/zantrajectory.py" line="629"/>
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
        <location filename="../aula_plugin/core/degurba.py" line="254"/>
        <source>The population grid is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../aula_plugin/core/degurba.py" line="256"/>
        <source>The grids differ in size: population {pop}, built-up {built}, land {land}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
