<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology">
  <pipe>
    <rasterrenderer band="1" type="singlebandpseudocolor" opacity="0.8" alphaBand="-1"
                    classificationMin="0" classificationMax="1000"
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
                         minimumValue="0" maximumValue="1000">
            <item alpha="255" value="0" label="0 habitat" color="#1a9641"/>
            <item alpha="255" value="5" label="≤ 5 favorable" color="#a6d96a"/>
            <item alpha="255" value="30" label="≤ 30 intermédiaire" color="#ffffbf"/>
            <item alpha="255" value="100" label="≤ 100 défavorable" color="#fdae61"/>
            <item alpha="255" value="1000" label="≤ 1 000 très défavorable" color="#d7191c"/>
            <item alpha="255" value="inf" label="> 1 000 obstacle" color="#4d0000"/>
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
