<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology">
  <pipe>
    <rasterrenderer band="1" type="singlebandpseudocolor" opacity="0.8" alphaBand="-1"
                    classificationMin="0" classificationMax="20000"
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
                         minimumValue="0" maximumValue="20000">
            <item alpha="255" value="0" label="0 chemin de moindre coût" color="#006d2c"/>
            <item alpha="255" value="1000" label="≤ 1 000" color="#31a354"/>
            <item alpha="255" value="5000" label="≤ 5 000" color="#74c476"/>
            <item alpha="255" value="20000" label="≤ 20 000" color="#bae4b3"/>
            <item alpha="255" value="inf" label="> 20 000" color="#edf8e9"/>
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
