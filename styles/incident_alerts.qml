<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Rendering" labelsEnabled="0" hasScaleBasedVisibilityFlag="0" minScale="0" maxScale="0"><renderer-v2 type="RuleRenderer" forceraster="0" symbollevels="0" enableorderby="0" referencescale="-1"><rules key="{6d0c1f4e-0000-4000-8000-000000000001}"><rule key="{6d0c1f4e-0000-4000-8000-000000000002}" symbol="0" label="Overdue" filter="&quot;state&quot; IN ('dispatched','accepted','on_site') AND &quot;due_at&quot; IS NOT NULL AND to_datetime(&quot;due_at&quot;) &lt; now()" /><rule key="{6d0c1f4e-0000-4000-8000-000000000003}" symbol="1" label="New in the last 15 minutes" filter="&quot;state&quot; = 'reported' AND to_datetime(&quot;reported_at&quot;) &gt; now() - to_interval('15 minutes')" /></rules><symbols><symbol name="0" clip_to_extent="1" alpha="1" type="marker" force_rhr="0">
        <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option value="0" name="angle" type="QString" />
            <Option value="square" name="cap_style" type="QString" />
            <Option value="0,0,0,0" name="color" type="QString" />
            <Option value="1" name="horizontal_anchor_point" type="QString" />
            <Option value="bevel" name="joinstyle" type="QString" />
            <Option value="circle" name="name" type="QString" />
            <Option value="0,0" name="offset" type="QString" />
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString" />
            <Option value="MM" name="offset_unit" type="QString" />
            <Option value="255,59,48,255" name="outline_color" type="QString" />
            <Option value="solid" name="outline_style" type="QString" />
            <Option value="1.4" name="outline_width" type="QString" />
            <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString" />
            <Option value="MM" name="outline_width_unit" type="QString" />
            <Option value="diameter" name="scale_method" type="QString" />
            <Option value="13" name="size" type="QString" />
            <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString" />
            <Option value="MM" name="size_unit" type="QString" />
            <Option value="1" name="vertical_anchor_point" type="QString" />
          </Option>
          <prop v="0" k="angle" />
          <prop v="square" k="cap_style" />
          <prop v="0,0,0,0" k="color" />
          <prop v="1" k="horizontal_anchor_point" />
          <prop v="bevel" k="joinstyle" />
          <prop v="circle" k="name" />
          <prop v="0,0" k="offset" />
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale" />
          <prop v="MM" k="offset_unit" />
          <prop v="255,59,48,255" k="outline_color" />
          <prop v="solid" k="outline_style" />
          <prop v="1.4" k="outline_width" />
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale" />
          <prop v="MM" k="outline_width_unit" />
          <prop v="diameter" k="scale_method" />
          <prop v="13" k="size" />
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale" />
          <prop v="MM" k="size_unit" />
          <prop v="1" k="vertical_anchor_point" />
          </layer>
        </symbol>
      <symbol name="1" clip_to_extent="1" alpha="1" type="marker" force_rhr="0">
        <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
          <Option type="Map">
            <Option value="0" name="angle" type="QString" />
            <Option value="square" name="cap_style" type="QString" />
            <Option value="0,0,0,0" name="color" type="QString" />
            <Option value="1" name="horizontal_anchor_point" type="QString" />
            <Option value="bevel" name="joinstyle" type="QString" />
            <Option value="circle" name="name" type="QString" />
            <Option value="0,0" name="offset" type="QString" />
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString" />
            <Option value="MM" name="offset_unit" type="QString" />
            <Option value="255,214,10,255" name="outline_color" type="QString" />
            <Option value="solid" name="outline_style" type="QString" />
            <Option value="1.2" name="outline_width" type="QString" />
            <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString" />
            <Option value="MM" name="outline_width_unit" type="QString" />
            <Option value="diameter" name="scale_method" type="QString" />
            <Option value="12" name="size" type="QString" />
            <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString" />
            <Option value="MM" name="size_unit" type="QString" />
            <Option value="1" name="vertical_anchor_point" type="QString" />
          </Option>
          <prop v="0" k="angle" />
          <prop v="square" k="cap_style" />
          <prop v="0,0,0,0" k="color" />
          <prop v="1" k="horizontal_anchor_point" />
          <prop v="bevel" k="joinstyle" />
          <prop v="circle" k="name" />
          <prop v="0,0" k="offset" />
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale" />
          <prop v="MM" k="offset_unit" />
          <prop v="255,214,10,255" k="outline_color" />
          <prop v="solid" k="outline_style" />
          <prop v="1.2" k="outline_width" />
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale" />
          <prop v="MM" k="outline_width_unit" />
          <prop v="diameter" k="scale_method" />
          <prop v="12" k="size" />
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale" />
          <prop v="MM" k="size_unit" />
          <prop v="1" k="vertical_anchor_point" />
          </layer>
        </symbol>
      </symbols></renderer-v2><blendMode>0</blendMode></qgis>
