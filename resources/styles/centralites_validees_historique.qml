<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" simplifyDrawingHints="1" minScale="100000000" labelsEnabled="0" maxScale="0" readOnly="0" styleCategories="AllStyleCategories" simplifyLocal="1" simplifyDrawingTol="1" simplifyMaxScale="1" symbologyReferenceScale="-1" hasScaleBasedVisibilityFlag="0" simplifyAlgorithm="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal limitMode="0" fixedDuration="0" durationField="" startField="" enabled="0" endField="" endExpression="" startExpression="" mode="0" accumulate="0" durationUnit="min">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 forceraster="0" referencescale="-1" attr="operation" type="categorizedSymbol" enableorderby="0" symbollevels="0">
    <categories>
      <category value="UPDATE" symbol="0" label="Avant modification" render="true"/>
      <category value="DELETE" symbol="1" label="Supprimé" render="true"/>
    </categories>
    <symbols>
      <symbol force_rhr="0" alpha="1" type="fill" name="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleFill" enabled="1" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="0,0,0,0" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="120,120,120,255" type="QString" name="outline_color"/>
            <Option value="dash" type="QString" name="outline_style"/>
            <Option value="0.4" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="no" type="QString" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="0,0,0,0"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="120,120,120,255"/>
          <prop k="outline_style" v="dash"/>
          <prop k="outline_width" v="0.4"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="no"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol force_rhr="0" alpha="1" type="fill" name="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleFill" enabled="1" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="0,0,0,0" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="180,0,0,255" type="QString" name="outline_color"/>
            <Option value="dot" type="QString" name="outline_style"/>
            <Option value="0.4" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="no" type="QString" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="0,0,0,0"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="180,0,0,255"/>
          <prop k="outline_style" v="dot"/>
          <prop k="outline_width" v="0.4"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="no"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="fid" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="fid_origine" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="nom" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="insee_com" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="statut" configurationFlags="None">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option type="List" name="map">
              <Option type="Map">
                <Option value="en discussion" type="QString" name="en discussion"/>
              </Option>
              <Option type="Map">
                <Option value="validé" type="QString" name="validé"/>
              </Option>
              <Option type="Map">
                <Option value="rejeté" type="QString" name="rejeté"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="date_decision" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option value="true" type="bool" name="allow_null"/>
            <Option value="true" type="bool" name="calendar_popup"/>
            <Option value="dd/MM/yyyy" type="QString" name="display_format"/>
            <Option value="yyyy-MM-dd" type="QString" name="field_format"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="ref_decision" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="commentaire" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="true" type="bool" name="IsMultiline"/>
            <Option value="false" type="bool" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="centralite_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="modifie_le" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option value="true" type="bool" name="allow_null"/>
            <Option value="false" type="bool" name="calendar_popup"/>
            <Option value="dd/MM/yyyy HH:mm:ss" type="QString" name="display_format"/>
            <Option value="yyyy-MM-ddTHH:mm:ss.zzzZ" type="QString" name="field_format"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="operation" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="horodatage" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option value="true" type="bool" name="allow_null"/>
            <Option value="false" type="bool" name="calendar_popup"/>
            <Option value="dd/MM/yyyy HH:mm:ss" type="QString" name="display_format"/>
            <Option value="yyyy-MM-ddTHH:mm:ss.zzzZ" type="QString" name="field_format"/>
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="fid" index="0" name=""/>
    <alias field="fid_origine" index="1" name="Objet d'origine (fid)"/>
    <alias field="id" index="2" name="Identifiant"/>
    <alias field="nom" index="3" name="Nom"/>
    <alias field="insee_com" index="4" name="Code INSEE"/>
    <alias field="statut" index="5" name="Statut"/>
    <alias field="date_decision" index="6" name="Date de la décision"/>
    <alias field="ref_decision" index="7" name="Référence de la décision (délibération, compte rendu)"/>
    <alias field="commentaire" index="8" name="Commentaire"/>
    <alias field="centralite_id" index="9" name="Périmètre calculé d'origine (id)"/>
    <alias field="modifie_le" index="10" name="Modifié le"/>
    <alias field="operation" index="11" name="Opération"/>
    <alias field="horodatage" index="12" name="Horodatage"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="fid" expression=""/>
    <default applyOnUpdate="0" field="fid_origine" expression=""/>
    <default applyOnUpdate="0" field="id" expression=""/>
    <default applyOnUpdate="0" field="nom" expression=""/>
    <default applyOnUpdate="0" field="insee_com" expression=""/>
    <default applyOnUpdate="0" field="statut" expression=""/>
    <default applyOnUpdate="0" field="date_decision" expression=""/>
    <default applyOnUpdate="0" field="ref_decision" expression=""/>
    <default applyOnUpdate="0" field="commentaire" expression=""/>
    <default applyOnUpdate="0" field="centralite_id" expression=""/>
    <default applyOnUpdate="0" field="modifie_le" expression=""/>
    <default applyOnUpdate="0" field="operation" expression=""/>
    <default applyOnUpdate="0" field="horodatage" expression=""/>
  </defaults>
  <constraints>
    <constraint notnull_strength="1" exp_strength="0" field="fid" constraints="3" unique_strength="1"/>
    <constraint notnull_strength="0" exp_strength="0" field="fid_origine" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" field="id" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" field="nom" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" field="insee_com" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" field="statut" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" field="date_decision" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" field="ref_decision" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" field="commentaire" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" field="centralite_id" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" field="modifie_le" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" field="operation" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" exp_strength="0" field="horodatage" constraints="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" field="fid" desc=""/>
    <constraint exp="" field="fid_origine" desc=""/>
    <constraint exp="" field="id" desc=""/>
    <constraint exp="" field="nom" desc=""/>
    <constraint exp="" field="insee_com" desc=""/>
    <constraint exp="" field="statut" desc=""/>
    <constraint exp="" field="date_decision" desc=""/>
    <constraint exp="" field="ref_decision" desc=""/>
    <constraint exp="" field="commentaire" desc=""/>
    <constraint exp="" field="centralite_id" desc=""/>
    <constraint exp="" field="modifie_le" desc=""/>
    <constraint exp="" field="operation" desc=""/>
    <constraint exp="" field="horodatage" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable>
    <field name="centralite_id" editable="0"/>
    <field name="commentaire" editable="0"/>
    <field name="date_decision" editable="0"/>
    <field name="fid" editable="0"/>
    <field name="fid_origine" editable="0"/>
    <field name="horodatage" editable="0"/>
    <field name="id" editable="0"/>
    <field name="insee_com" editable="0"/>
    <field name="modifie_le" editable="0"/>
    <field name="nom" editable="0"/>
    <field name="operation" editable="0"/>
    <field name="ref_decision" editable="0"/>
    <field name="statut" editable="0"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
