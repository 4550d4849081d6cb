<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology">
  <pipe>
    <rasterrenderer band="1" type="singlebandpseudocolor" opacity="1" alphaBand="-1"
                    classificationMin="0" classificationMax="5"
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
                         minimumValue="0" maximumValue="5">
            <item alpha="255" value="0.01" label="≤ 0,01 A" color="#0d0887"/>
            <item alpha="255" value="0.05" label="≤ 0,05 A" color="#6a00a8"/>
            <item alpha="255" value="0.2" label="≤ 0,2 A" color="#b12a90"/>
            <item alpha="255" value="1" label="≤ 1 A" color="#e16462"/>
            <item alpha="255" value="5" label="≤ 5 A" color="#fca636"/>
            <item alpha="255" value="inf" label="> 5 A" color="#f0f921"/>
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
