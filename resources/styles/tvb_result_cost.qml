<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology">
  <pipe>
    <rasterrenderer band="1" type="singlebandpseudocolor" opacity="0.8" alphaBand="-1"
                    classificationMin="0" classificationMax="500000"
                    nodataColor="">
      <rasterTransparency/>
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <rastershader>
        <colorrampshader colorRampType="DISCRETE" classificationMode="1" clip="0"
                         minimumValue="0" maximumValue="500000">
            <item alpha="255" value="10000" label="≤ 10 000" color="#1a9641"/>
            <item alpha="255" value="50000" label="≤ 50 000" color="#a6d96a"/>
            <item alpha="255" value="150000" label="≤ 150 000" color="#ffffbf"/>
            <item alpha="255" value="500000" label="≤ 500 000" color="#fdae61"/>
            <item alpha="255" value="inf" label="> 500 000" color="#d7191c"/>
          <rampLegendSettings/>
        </colorrampshader>
      </rastershader>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" grayscaleMode="0" colorizeOn="0"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
