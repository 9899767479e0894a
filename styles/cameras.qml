<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" simplifyDrawingHints="1" simplifyLocal="1" styleCategories="Symbology|Labeling|Rendering" simplifyDrawingTol="1" simplifyMaxScale="1" symbologyReferenceScale="-1" labelsEnabled="1" maxScale="0" simplifyAlgorithm="0" version="3.22.16-Białowieża" minScale="0">
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
        <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option value="0" name="angle" type="QString" />
            <Option value="square" name="cap_style" type="QString" />
            <Option value="46,230,166,255" name="color" type="QString" />
            <Option value="1" name="horizontal_anchor_point" type="QString" />
            <Option value="bevel" name="joinstyle" type="QString" />
            <Option value="circle" name="name" type="QString" />
            <Option value="0,0" name="offset" type="QString" />
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString" />
            <Option value="MM" name="offset_unit" type="QString" />
            <Option value="11,26,46,255" name="outline_color" type="QString" />
            <Option value="solid" name="outline_style" type="QString" />
            <Option value="0.5" name="outline_width" type="QString" />
            <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString" />
            <Option value="MM" name="outline_width_unit" type="QString" />
            <Option value="diameter" name="scale_method" type="QString" />
            <Option value="2.6" name="size" type="QString" />
            <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString" />
            <Option value="MM" name="size_unit" type="QString" />
            <Option value="1" name="vertical_anchor_point" type="QString" />
          </Option>
          <prop v="0" k="angle" />
          <prop v="square" k="cap_style" />
          <prop v="46,230,166,255" k="color" />
          <prop v="1" k="horizontal_anchor_point" />
          <prop v="bevel" k="joinstyle" />
          <prop v="circle" k="name" />
          <prop v="0,0" k="offset" />
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale" />
          <prop v="MM" k="offset_unit" />
          <prop v="11,26,46,255" k="outline_color" />
          <prop v="solid" k="outline_style" />
          <prop v="0.5" k="outline_width" />
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale" />
          <prop v="MM" k="outline_width_unit" />
          <prop v="diameter" k="scale_method" />
          <prop v="2.6" k="size" />
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale" />
          <prop v="MM" k="size_unit" />
          <prop v="1" k="vertical_anchor_point" />
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString" />
              <Option name="properties" />
              <Option value="collection" name="type" type="QString" />
            </Option>
          </data_defined_properties>
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
        <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option value="0" name="angle" type="QString" />
            <Option value="square" name="cap_style" type="QString" />
            <Option value="255,77,79,255" name="color" type="QString" />
            <Option value="1" name="horizontal_anchor_point" type="QString" />
            <Option value="bevel" name="joinstyle" type="QString" />
            <Option value="circle" name="name" type="QString" />
            <Option value="0,0" name="offset" type="QString" />
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString" />
            <Option value="MM" name="offset_unit" type="QString" />
            <Option value="11,26,46,255" name="outline_color" type="QString" />
            <Option value="solid" name="outline_style" type="QString" />
            <Option value="0.5" name="outline_width" type="QString" />
            <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString" />
            <Option value="MM" name="outline_width_unit" type="QString" />
            <Option value="diameter" name="scale_method" type="QString" />
            <Option value="2.6" name="size" type="QString" />
            <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString" />
            <Option value="MM" name="size_unit" type="QString" />
            <Option value="1" name="vertical_anchor_point" type="QString" />
          </Option>
          <prop v="0" k="angle" />
          <prop v="square" k="cap_style" />
          <prop v="255,77,79,255" k="color" />
          <prop v="1" k="horizontal_anchor_point" />
          <prop v="bevel" k="joinstyle" />
          <prop v="circle" k="name" />
          <prop v="0,0" k="offset" />
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale" />
          <prop v="MM" k="offset_unit" />
          <prop v="11,26,46,255" k="outline_color" />
          <prop v="solid" k="outline_style" />
          <prop v="0.5" k="outline_width" />
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale" />
          <prop v="MM" k="outline_width_unit" />
          <prop v="diameter" k="scale_method" />
          <prop v="2.6" k="size" />
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale" />
          <prop v="MM" k="size_unit" />
          <prop v="1" k="vertical_anchor_point" />
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString" />
              <Option name="properties" />
              <Option value="collection" name="type" type="QString" />
            </Option>
          </data_defined_properties>
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
        <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option value="0" name="angle" type="QString" />
            <Option value="square" name="cap_style" type="QString" />
            <Option value="154,165,177,255" name="color" type="QString" />
            <Option value="1" name="horizontal_anchor_point" type="QString" />
            <Option value="bevel" name="joinstyle" type="QString" />
            <Option value="circle" name="name" type="QString" />
            <Option value="0,0" name="offset" type="QString" />
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString" />
            <Option value="MM" name="offset_unit" type="QString" />
            <Option value="11,26,46,255" name="outline_color" type="QString" />
            <Option value="solid" name="outline_style" type="QString" />
            <Option value="0.5" name="outline_width" type="QString" />
            <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString" />
            <Option value="MM" name="outline_width_unit" type="QString" />
            <Option value="diameter" name="scale_method" type="QString" />
            <Option value="2.6" name="size" type="QString" />
            <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString" />
            <Option value="MM" name="size_unit" type="QString" />
            <Option value="1" name="vertical_anchor_point" type="QString" />
          </Option>
          <prop v="0" k="angle" />
          <prop v="square" k="cap_style" />
          <prop v="154,165,177,255" k="color" />
          <prop v="1" k="horizontal_anchor_point" />
          <prop v="bevel" k="joinstyle" />
          <prop v="circle" k="name" />
          <prop v="0,0" k="offset" />
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale" />
          <prop v="MM" k="offset_unit" />
          <prop v="11,26,46,255" k="outline_color" />
          <prop v="solid" k="outline_style" />
          <prop v="0.5" k="outline_width" />
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale" />
          <prop v="MM" k="outline_width_unit" />
          <prop v="diameter" k="scale_method" />
          <prop v="2.6" k="size" />
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale" />
          <prop v="MM" k="size_unit" />
          <prop v="1" k="vertical_anchor_point" />
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString" />
              <Option name="properties" />
              <Option value="collection" name="type" type="QString" />
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation />
    <sizescale />
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style blendMode="0" fontItalic="0" textOpacity="1" fontKerning="1" previewBkgrdColor="255,255,255,255" legendString="Aa" useSubstitutions="0" fontSize="9" fontFamily="Noto Sans CJK SC" fontLetterSpacing="0" capitalization="0" multilineHeight="1" allowHtml="0" namedStyle="Regular" fontSizeUnit="Point" fontStrikeout="0" fieldName="name" fontWeight="50" textColor="223,252,243,255" fontSizeMapUnitScale="3x:0,0,0,0,0,0" isExpression="0" fontWordSpacing="0" fontUnderline="0" textOrientation="horizontal">
        <families />
        <text-buffer bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferBlendMode="0" bufferOpacity="0.90000000000000002" bufferJoinStyle="128" bufferColor="11,26,46,255" bufferSizeUnits="MM" bufferNoFill="1" bufferDraw="1" bufferSize="0.90000000000000002" />
        <text-mask maskedSymbolLayers="" maskOpacity="1" maskSizeUnits="MM" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskJoinStyle="128" maskSize="1.5" maskEnabled="0" maskType="0" />
        <background shapeSVGFile="" shapeSizeX="0" shapeOffsetY="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBlendMode="0" shapeBorderColor="128,128,128,255" shapeRotation="0" shapeType="0" shapeOffsetX="0" shapeBorderWidthUnit="MM" shapeRadiiX="0" shapeSizeUnit="MM" shapeRadiiY="0" shapeRotationType="0" shapeFillColor="255,255,255,255" shapeRadiiUnit="MM" shapeBorderWidth="0" shapeDraw="0" shapeOpacity="1" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeSizeType="0" shapeJoinStyle="64" shapeSizeY="0" shapeOffsetUnit="MM">
          <symbol name="fillSymbol" clip_to_extent="1" alpha="1" type="fill" force_rhr="0">
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
                <Option value="255,255,255,255" name="color" type="QString" />
                <Option value="bevel" name="joinstyle" type="QString" />
                <Option value="0,0" name="offset" type="QString" />
                <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString" />
                <Option value="MM" name="offset_unit" type="QString" />
                <Option value="128,128,128,255" name="outline_color" type="QString" />
                <Option value="no" name="outline_style" type="QString" />
                <Option value="0" name="outline_width" type="QString" />
                <Option value="MM" name="outline_width_unit" type="QString" />
                <Option value="solid" name="style" type="QString" />
              </Option>
              <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale" />
              <prop v="255,255,255,255" k="color" />
              <prop v="bevel" k="joinstyle" />
              <prop v="0,0" k="offset" />
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale" />
              <prop v="MM" k="offset_unit" />
              <prop v="128,128,128,255" k="outline_color" />
              <prop v="no" k="outline_style" />
              <prop v="0" k="outline_width" />
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
        </background>
        <shadow shadowRadiusUnit="MM" shadowScale="100" shadowUnder="0" shadowRadius="1.5" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetGlobal="1" shadowBlendMode="6" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetUnit="MM" shadowRadiusAlphaOnly="0" shadowOpacity="0.69999999999999996" shadowOffsetAngle="135" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetDist="1" />
        <dd_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString" />
            <Option name="properties" />
            <Option value="collection" name="type" type="QString" />
          </Option>
        </dd_properties>
        <substitutions />
      </text-style>
      <text-format leftDirectionSymbol="&lt;" rightDirectionSymbol="&gt;" wrapChar="" placeDirectionSymbol="0" autoWrapLength="0" reverseDirectionSymbol="0" addDirectionSymbol="0" decimals="3" multilineAlign="3" formatNumbers="0" plussign="0" useMaxLineLengthForAutoWrap="1" />
      <placement repeatDistance="0" lineAnchorType="0" distUnits="MM" rotationAngle="0" quadOffset="4" maxCurvedCharAngleIn="25" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" offsetUnits="MM" lineAnchorPercent="0.5" priority="4" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" maxCurvedCharAngleOut="-25" placement="6" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" geometryGeneratorType="PointGeometry" polygonPlacementFlags="2" overrunDistance="0" placementFlags="10" yOffset="0" dist="1.5" preserveRotation="1" fitInPolygonOnly="0" rotationUnit="AngleDegrees" overrunDistanceUnit="MM" geometryGeneratorEnabled="0" layerType="UnknownGeometry" xOffset="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" distMapUnitScale="3x:0,0,0,0,0,0" geometryGenerator="" offsetType="0" centroidInside="0" centroidWhole="0" lineAnchorClipping="0" repeatDistanceUnits="MM" />
      <rendering unplacedVisibility="0" labelPerPart="0" fontMinPixelSize="0" scaleVisibility="1" upsidedownLabels="0" mergeLines="0" obstacle="1" limitNumLabels="0" scaleMax="2000" obstacleType="1" drawLabels="1" fontLimitPixelSize="0" minFeatureSize="0" fontMaxPixelSize="10000" obstacleFactor="1" maxNumLabels="2000" displayAll="0" zIndex="4" scaleMin="0" />
      <dd_properties>
        <Option type="Map">
          <Option value="" name="name" type="QString" />
          <Option name="properties" />
          <Option value="collection" name="type" type="QString" />
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option value="pole_of_inaccessibility" name="anchorPoint" type="QString" />
          <Option value="0" name="blendMode" type="int" />
          <Option name="ddProperties" type="Map">
            <Option value="" name="name" type="QString" />
            <Option name="properties" />
            <Option value="collection" name="type" type="QString" />
          </Option>
          <Option value="false" name="drawToAllParts" type="bool" />
          <Option value="0" name="enabled" type="QString" />
          <Option value="point_on_exterior" name="labelAnchorPoint" type="QString" />
          <Option value="&lt;symbol name=&quot;symbol&quot; clip_to_extent=&quot;1&quot; alpha=&quot;1&quot; type=&quot;line&quot; force_rhr=&quot;0&quot;&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;properties&quot;/&gt;&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;layer locked=&quot;0&quot; pass=&quot;0&quot; enabled=&quot;1&quot; class=&quot;SimpleLine&quot;&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option value=&quot;0&quot; name=&quot;align_dash_pattern&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;square&quot; name=&quot;capstyle&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;5;2&quot; name=&quot;customdash&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;MM&quot; name=&quot;customdash_unit&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;0&quot; name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;0&quot; name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;bevel&quot; name=&quot;joinstyle&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;60,60,60,255&quot; name=&quot;line_color&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;solid&quot; name=&quot;line_style&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;0.3&quot; name=&quot;line_width&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;MM&quot; name=&quot;line_width_unit&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;0&quot; name=&quot;offset&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;MM&quot; name=&quot;offset_unit&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;0&quot; name=&quot;ring_filter&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;0&quot; name=&quot;trim_distance_end&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;0&quot; name=&quot;trim_distance_start&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;0&quot; name=&quot;use_custom_dash&quot; type=&quot;QString&quot;/&gt;&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot;/&gt;&lt;/Option&gt;&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/&gt;&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/&gt;&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/&gt;&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/&gt;&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/&gt;&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/&gt;&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/&gt;&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/&gt;&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/&gt;&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/&gt;&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/&gt;&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/&gt;&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/&gt;&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/&gt;&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/&gt;&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/&gt;&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/&gt;&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/&gt;&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/&gt;&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/&gt;&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/&gt;&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/&gt;&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/&gt;&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/&gt;&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/&gt;&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/&gt;&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/&gt;&lt;Option name=&quot;properties&quot;/&gt;&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;/layer&gt;&lt;/symbol&gt;" name="lineSymbol" type="QString" />
          <Option value="0" name="minLength" type="double" />
          <Option value="3x:0,0,0,0,0,0" name="minLengthMapUnitScale" type="QString" />
          <Option value="MM" name="minLengthUnit" type="QString" />
          <Option value="0" name="offsetFromAnchor" type="double" />
          <Option value="3x:0,0,0,0,0,0" name="offsetFromAnchorMapUnitScale" type="QString" />
          <Option value="MM" name="offsetFromAnchorUnit" type="QString" />
          <Option value="0" name="offsetFromLabel" type="double" />
          <Option value="3x:0,0,0,0,0,0" name="offsetFromLabelMapUnitScale" type="QString" />
          <Option value="MM" name="offsetFromLabelUnit" type="QString" />
        </Option>
      </callout>
    </settings>
  </labeling>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <layerGeometryType>0</layerGeometryType>
</qgis>
