<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" simplifyDrawingHints="1" simplifyLocal="1" styleCategories="Symbology|Labeling|Rendering" simplifyDrawingTol="1" simplifyMaxScale="1" symbologyReferenceScale="-1" labelsEnabled="0" maxScale="0" simplifyAlgorithm="0" version="3.22.16-Białowieża" minScale="0">
  <renderer-v2 forceraster="0" symbollevels="0" attr="online" referencescale="-1" type="categorizedSymbol" enableorderby="0">
    <categories>
      <category value="1" label="Online" symbol="0" render="true" />
      <category value="0" label="Offline" symbol="1" render="true" />
      <category value="" label="Status unknown" symbol="2" render="true" />
    </categories>
    <symbols>
      <symbol name="0" clip_to_extent="1" alpha="1" type="marker" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString" />
            <Option name="properties" />
            <Option value="collection" name="type" type="QString" />
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="GeometryGenerator">
          <Option type="Map">
            <Option value="Fill" name="SymbolType" type="QString" />
            <Option value="wedge_buffer( $geometry, 180 - &quot;direction_deg&quot;, coalesce( &quot;fov_deg&quot;, 60 ), 6.5 )" name="geometryModifier" type="QString" />
            <Option value="MM" name="units" type="QString" />
          </Option>
          <prop v="Fill" k="SymbolType" />
          <prop v="wedge_buffer( $geometry, 180 - &quot;direction_deg&quot;, coalesce( &quot;fov_deg&quot;, 60 ), 6.5 )" k="geometryModifier" />
          <prop v="MM" k="units" />
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString" />
              <Option name="properties" type="Map">
                <Option name="enabled" type="Map">
                  <Option value="true" name="active" type="bool" />
                  <Option value="&quot;direction_deg&quot; IS NOT NULL" name="expression" type="QString" />
                  <Option value="3" name="type" type="int" />
                </Option>
              </Option>
              <Option value="collection" name="type" type="QString" />
            </Option>
          </data_defined_properties>
          <symbol name="@0@0" clip_to_extent="1" alpha="1" type="fill" force_rhr="0">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString" />
                <Option name="properties" />
                <Option value="collection" name="type" type="QString" />
              </Option>
            </data_defined_properties>
            <layer locked="0" pass="0" enabled="1" class="SimpleFill">
              <Option type="Map">
                <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString" />
                <Option value="46,230,166,110" name="color" type="QString" />
                <Option value="round" name="joinstyle" type="QString" />
                <Option value="0,0" name="offset" type="QString" />
                <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString" />
                <Option value="MM" name="offset_unit" type="QString" />
                <Option value="46,230,166,220" name="outline_color" type="QString" />
                <Option value="solid" name="outline_style" type="QString" />
                <Option value="0.25" name="outline_width" type="QString" />
                <Option value="MM" name="outline_width_unit" type="QString" />
                <Option value="solid" name="style" type="QString" />
              </Option>
              <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale" />
              <prop v="46,230,166,110" k="color" />
              <prop v="round" k="joinstyle" />
              <prop v="0,0" k="offset" />
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale" />
              <prop v="MM" k="offset_unit" />
              <prop v="46,230,166,220" k="outline_color" />
              <prop v="solid" k="outline_style" />
              <prop v="0.25" k="outline_width" />
              <prop v="MM" k="outline_width_unit" />
              <prop v="solid" k="style" />
              <data_defined_properties>
                <Option type="Map">
                  <Option value="" name="name" type="QString" />
                  <Option name="properties" />
                  <Option value="collection" name="type" type="QString" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
        </symbol>
      <symbol name="1" clip_to_extent="1" alpha="1" type="marker" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString" />
            <Option name="properties" />
            <Option value="collection" name="type" type="QString" />
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="GeometryGenerator">
          <Option type="Map">
            <Option value="Fill" name="SymbolType" type="QString" />
            <Option value="wedge_buffer( $geometry, 180 - &quot;direction_deg&quot;, coalesce( &quot;fov_deg&quot;, 60 ), 6.5 )" name="geometryModifier" type="QString" />
            <Option value="MM" name="units" type="QString" />
          </Option>
          <prop v="Fill" k="SymbolType" />
          <prop v="wedge_buffer( $geometry, 180 - &quot;direction_deg&quot;, coalesce( &quot;fov_deg&quot;, 60 ), 6.5 )" k="geometryModifier" />
          <prop v="MM" k="units" />
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString" />
              <Option name="properties" type="Map">
                <Option name="enabled" type="Map">
                  <Option value="true" name="active" type="bool" />
                  <Option value="&quot;direction_deg&quot; IS NOT NULL" name="expression" type="QString" />
                  <Option value="3" name="type" type="int" />
                </Option>
              </Option>
              <Option value="collection" name="type" type="QString" />
            </Option>
          </data_defined_properties>
          <symbol name="@1@0" clip_to_extent="1" alpha="1" type="fill" force_rhr="0">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString" />
                <Option name="properties" />
                <Option value="collection" name="type" type="QString" />
              </Option>
            </data_defined_properties>
            <layer locked="0" pass="0" enabled="1" class="SimpleFill">
              <Option type="Map">
                <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString" />
                <Option value="255,77,79,110" name="color" type="QString" />
                <Option value="round" name="joinstyle" type="QString" />
                <Option value="0,0" name="offset" type="QString" />
                <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString" />
                <Option value="MM" name="offset_unit" type="QString" />
                <Option value="255,77,79,220" name="outline_color" type="QString" />
                <Option value="solid" name="outline_style" type="QString" />
                <Option value="0.25" name="outline_width" type="QString" />
                <Option value="MM" name="outline_width_unit" type="QString" />
                <Option value="solid" name="style" type="QString" />
              </Option>
              <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale" />
              <prop v="255,77,79,110" k="color" />
              <prop v="round" k="joinstyle" />
              <prop v="0,0" k="offset" />
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale" />
              <prop v="MM" k="offset_unit" />
              <prop v="255,77,79,220" k="outline_color" />
              <prop v="solid" k="outline_style" />
              <prop v="0.25" k="outline_width" />
              <prop v="MM" k="outline_width_unit" />
              <prop v="solid" k="style" />
              <data_defined_properties>
                <Option type="Map">
                  <Option value="" name="name" type="QString" />
                  <Option name="properties" />
                  <Option value="collection" name="type" type="QString" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
        </symbol>
      <symbol name="2" clip_to_extent="1" alpha="1" type="marker" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString" />
            <Option name="properties" />
            <Option value="collection" name="type" type="QString" />
          </Option>
        </data_defined_properties>
        <layer locked="0" pass="0" enabled="1" class="GeometryGenerator">
          <Option type="Map">
            <Option value="Fill" name="SymbolType" type="QString" />
            <Option value="wedge_buffer( $geometry, 180 - &quot;direction_deg&quot;, coalesce( &quot;fov_deg&quot;, 60 ), 6.5 )" name="geometryModifier" type="QString" />
            <Option value="MM" name="units" type="QString" />
          </Option>
          <prop v="Fill" k="SymbolType" />
          <prop v="wedge_buffer( $geometry, 180 - &quot;direction_deg&quot;, coalesce( &quot;fov_deg&quot;, 60 ), 6.5 )" k="geometryModifier" />
          <prop v="MM" k="units" />
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString" />
              <Option name="properties" type="Map">
                <Option name="enabled" type="Map">
                  <Option value="true" name="active" type="bool" />
                  <Option value="&quot;direction_deg&quot; IS NOT NULL" name="expression" type="QString" />
                  <Option value="3" name="type" type="int" />
                </Option>
              </Option>
              <Option value="collection" name="type" type="QString" />
            </Option>
          </data_defined_properties>
          <symbol name="@2@0" clip_to_extent="1" alpha="1" type="fill" force_rhr="0">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString" />
                <Option name="properties" />
                <Option value="collection" name="type" type="QString" />
              </Option>
            </data_defined_properties>
            <layer locked="0" pass="0" enabled="1" class="SimpleFill">
              <Option type="Map">
                <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString" />
                <Option value="154,165,177,110" name="color" type="QString" />
                <Option value="round" name="joinstyle" type="QString" />
                <Option value="0,0" name="offset" type="QString" />
                <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString" />
                <Option value="MM" name="offset_unit" type="QString" />
                <Option value="154,165,177,220" name="outline_color" type="QString" />
                <Option value="solid" name="outline_style" type="QString" />
                <Option value="0.25" name="outline_width" type="QString" />
                <Option value="MM" name="outline_width_unit" type="QString" />
                <Option value="solid" name="style" type="QString" />
              </Option>
              <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale" />
              <prop v="154,165,177,110" k="color" />
              <prop v="round" k="joinstyle" />
              <prop v="0,0" k="offset" />
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale" />
              <prop v="MM" k="offset_unit" />
              <prop v="154,165,177,220" k="outline_color" />
              <prop v="solid" k="outline_style" />
              <prop v="0.25" k="outline_width" />
              <prop v="MM" k="outline_width_unit" />
              <prop v="solid" k="style" />
              <data_defined_properties>
                <Option type="Map">
                  <Option value="" name="name" type="QString" />
                  <Option name="properties" />
                  <Option value="collection" name="type" type="QString" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
        </symbol>
    </symbols>
    <rotation />
    <sizescale />
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <layerGeometryType>0</layerGeometryType>
</qgis>
