<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyAlgorithm="0" simplifyLocal="1" hasScaleBasedVisibilityFlag="0" styleCategories="LayerConfiguration|Symbology|Fields|Forms|MapTips|Rendering" simplifyMaxScale="1" maxScale="0" symbologyReferenceScale="-1" version="3.22.16-Białowieża" minScale="100000000" readOnly="0" simplifyDrawingHints="1" simplifyDrawingTol="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <renderer-v2 referencescale="-1" enableorderby="0" type="RuleRenderer" forceraster="0" symbollevels="0">
    <rules key="{a864d18b-56c4-4423-a01f-37a5e5ad426f}">
      <rule label="Several deforestation signals" filter="(if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) >= 2" key="{1d793ff3-3394-4bd8-8eb4-9fa63bc4bf3d}" symbol="0"/>
      <rule label="Mining" filter="&quot;flag_mining&quot; AND (if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) = 1" key="{cd915d10-fc95-4ea9-9964-4ae9a2b63136}" symbol="1"/>
      <rule label="Logging" filter="&quot;flag_logging&quot; AND (if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) = 1" key="{c0e77749-c531-41c4-bf41-8f249f9fc04b}" symbol="2"/>
      <rule label="Slash-and-burn" filter="&quot;flag_slash_burn&quot; AND (if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) = 1" key="{1f764d25-385b-40e8-b7fa-a0ea38b9f528}" symbol="3"/>
      <rule label="Other tiles" filter="ELSE" key="{6a577cc7-a9d7-465d-8b7e-f62a1cbc911f}" symbol="4"/>
    </rules>
    <symbols>
      <symbol clip_to_extent="1" alpha="1" force_rhr="0" type="fill" name="0">
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
            <Option value="255,0,0,110" type="QString" name="color"/>
            <Option value="miter" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,0,0,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="1.3" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,0,0,110"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,0,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="1.3"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" alpha="1" force_rhr="0" type="fill" name="1">
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
            <Option value="230,0,126,90" type="QString" name="color"/>
            <Option value="miter" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="230,0,126,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.9" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="230,0,126,90"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="230,0,126,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.9"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" alpha="1" force_rhr="0" type="fill" name="2">
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
            <Option value="255,212,0,90" type="QString" name="color"/>
            <Option value="miter" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,212,0,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.9" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,212,0,90"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,212,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.9"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" alpha="1" force_rhr="0" type="fill" name="3">
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
            <Option value="255,95,0,90" type="QString" name="color"/>
            <Option value="miter" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="255,95,0,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.9" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,95,0,90"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,95,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.9"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" alpha="1" force_rhr="0" type="fill" name="4">
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
            <Option value="0,0,255,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="240,240,240,180" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.2" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="no" type="QString" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="0,0,255,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="240,240,240,180"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
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
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <fieldConfiguration>
    <field configurationFlags="None" name="row">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="col">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="coverage">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_clear">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_partly_cloudy">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_haze">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_cloudy">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_primary">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_agriculture">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_road">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_water">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_cultivation">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_habitation">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_bare_ground">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_artisinal_mine">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_selective_logging">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_blooming">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_slash_burn">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_blow_down">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_conventional_mine">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="1" type="double" name="Max"/>
            <Option value="0" type="double" name="Min"/>
            <Option value="3" type="int" name="Precision"/>
            <Option value="0.01" type="double" name="Step"/>
            <Option value="SpinBox" type="QString" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="clear">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="partly_cloudy">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="haze">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cloudy">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="primary">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="agriculture">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="road">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="water">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cultivation">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="habitation">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="bare_ground">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="artisinal_mine">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="selective_logging">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="blooming">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="slash_burn">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="blow_down">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="conventional_mine">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="tags">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flag_mining">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flag_logging">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flag_slash_burn">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flagged">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="model">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="row" name="Row"/>
    <alias index="1" field="col" name="Column"/>
    <alias index="2" field="coverage" name="Valid-pixel coverage"/>
    <alias index="3" field="p_clear" name="P(Clear)"/>
    <alias index="4" field="p_partly_cloudy" name="P(Partly cloudy)"/>
    <alias index="5" field="p_haze" name="P(Haze)"/>
    <alias index="6" field="p_cloudy" name="P(Cloudy)"/>
    <alias index="7" field="p_primary" name="P(Primary)"/>
    <alias index="8" field="p_agriculture" name="P(Agriculture)"/>
    <alias index="9" field="p_road" name="P(Road)"/>
    <alias index="10" field="p_water" name="P(Water)"/>
    <alias index="11" field="p_cultivation" name="P(Cultivation)"/>
    <alias index="12" field="p_habitation" name="P(Habitation)"/>
    <alias index="13" field="p_bare_ground" name="P(Bare ground)"/>
    <alias index="14" field="p_artisinal_mine" name="P(Artisanal mine)"/>
    <alias index="15" field="p_selective_logging" name="P(Selective logging)"/>
    <alias index="16" field="p_blooming" name="P(Blooming)"/>
    <alias index="17" field="p_slash_burn" name="P(Slash burn)"/>
    <alias index="18" field="p_blow_down" name="P(Blow down)"/>
    <alias index="19" field="p_conventional_mine" name="P(Conventional mine)"/>
    <alias index="20" field="clear" name="Clear"/>
    <alias index="21" field="partly_cloudy" name="Partly cloudy"/>
    <alias index="22" field="haze" name="Haze"/>
    <alias index="23" field="cloudy" name="Cloudy"/>
    <alias index="24" field="primary" name="Primary"/>
    <alias index="25" field="agriculture" name="Agriculture"/>
    <alias index="26" field="road" name="Road"/>
    <alias index="27" field="water" name="Water"/>
    <alias index="28" field="cultivation" name="Cultivation"/>
    <alias index="29" field="habitation" name="Habitation"/>
    <alias index="30" field="bare_ground" name="Bare ground"/>
    <alias index="31" field="artisinal_mine" name="Artisanal mine"/>
    <alias index="32" field="selective_logging" name="Selective logging"/>
    <alias index="33" field="blooming" name="Blooming"/>
    <alias index="34" field="slash_burn" name="Slash burn"/>
    <alias index="35" field="blow_down" name="Blow down"/>
    <alias index="36" field="conventional_mine" name="Conventional mine"/>
    <alias index="37" field="tags" name="Tags"/>
    <alias index="38" field="flag_mining" name="Flag: Mining"/>
    <alias index="39" field="flag_logging" name="Flag: Logging"/>
    <alias index="40" field="flag_slash_burn" name="Flag: Slash-and-burn"/>
    <alias index="41" field="flagged" name="Flagged (any)"/>
    <alias index="42" field="model" name="Model"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="row" expression=""/>
    <default applyOnUpdate="0" field="col" expression=""/>
    <default applyOnUpdate="0" field="coverage" expression=""/>
    <default applyOnUpdate="0" field="p_clear" expression=""/>
    <default applyOnUpdate="0" field="p_partly_cloudy" expression=""/>
    <default applyOnUpdate="0" field="p_haze" expression=""/>
    <default applyOnUpdate="0" field="p_cloudy" expression=""/>
    <default applyOnUpdate="0" field="p_primary" expression=""/>
    <default applyOnUpdate="0" field="p_agriculture" expression=""/>
    <default applyOnUpdate="0" field="p_road" expression=""/>
    <default applyOnUpdate="0" field="p_water" expression=""/>
    <default applyOnUpdate="0" field="p_cultivation" expression=""/>
    <default applyOnUpdate="0" field="p_habitation" expression=""/>
    <default applyOnUpdate="0" field="p_bare_ground" expression=""/>
    <default applyOnUpdate="0" field="p_artisinal_mine" expression=""/>
    <default applyOnUpdate="0" field="p_selective_logging" expression=""/>
    <default applyOnUpdate="0" field="p_blooming" expression=""/>
    <default applyOnUpdate="0" field="p_slash_burn" expression=""/>
    <default applyOnUpdate="0" field="p_blow_down" expression=""/>
    <default applyOnUpdate="0" field="p_conventional_mine" expression=""/>
    <default applyOnUpdate="0" field="clear" expression=""/>
    <default applyOnUpdate="0" field="partly_cloudy" expression=""/>
    <default applyOnUpdate="0" field="haze" expression=""/>
    <default applyOnUpdate="0" field="cloudy" expression=""/>
    <default applyOnUpdate="0" field="primary" expression=""/>
    <default applyOnUpdate="0" field="agriculture" expression=""/>
    <default applyOnUpdate="0" field="road" expression=""/>
    <default applyOnUpdate="0" field="water" expression=""/>
    <default applyOnUpdate="0" field="cultivation" expression=""/>
    <default applyOnUpdate="0" field="habitation" expression=""/>
    <default applyOnUpdate="0" field="bare_ground" expression=""/>
    <default applyOnUpdate="0" field="artisinal_mine" expression=""/>
    <default applyOnUpdate="0" field="selective_logging" expression=""/>
    <default applyOnUpdate="0" field="blooming" expression=""/>
    <default applyOnUpdate="0" field="slash_burn" expression=""/>
    <default applyOnUpdate="0" field="blow_down" expression=""/>
    <default applyOnUpdate="0" field="conventional_mine" expression=""/>
    <default applyOnUpdate="0" field="tags" expression=""/>
    <default applyOnUpdate="0" field="flag_mining" expression=""/>
    <default applyOnUpdate="0" field="flag_logging" expression=""/>
    <default applyOnUpdate="0" field="flag_slash_burn" expression=""/>
    <default applyOnUpdate="0" field="flagged" expression=""/>
    <default applyOnUpdate="0" field="model" expression=""/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" notnull_strength="0" field="row" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="col" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="coverage" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_clear" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_partly_cloudy" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_haze" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_cloudy" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_primary" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_agriculture" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_road" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_water" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_cultivation" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_habitation" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_bare_ground" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_artisinal_mine" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_selective_logging" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_blooming" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_slash_burn" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_blow_down" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_conventional_mine" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="clear" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="partly_cloudy" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="haze" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="cloudy" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="primary" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="agriculture" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="road" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="water" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="cultivation" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="habitation" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="bare_ground" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="artisinal_mine" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="selective_logging" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="blooming" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="slash_burn" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="blow_down" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="conventional_mine" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="tags" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="flag_mining" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="flag_logging" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="flag_slash_burn" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="flagged" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="model" exp_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="row" exp=""/>
    <constraint desc="" field="col" exp=""/>
    <constraint desc="" field="coverage" exp=""/>
    <constraint desc="" field="p_clear" exp=""/>
    <constraint desc="" field="p_partly_cloudy" exp=""/>
    <constraint desc="" field="p_haze" exp=""/>
    <constraint desc="" field="p_cloudy" exp=""/>
    <constraint desc="" field="p_primary" exp=""/>
    <constraint desc="" field="p_agriculture" exp=""/>
    <constraint desc="" field="p_road" exp=""/>
    <constraint desc="" field="p_water" exp=""/>
    <constraint desc="" field="p_cultivation" exp=""/>
    <constraint desc="" field="p_habitation" exp=""/>
    <constraint desc="" field="p_bare_ground" exp=""/>
    <constraint desc="" field="p_artisinal_mine" exp=""/>
    <constraint desc="" field="p_selective_logging" exp=""/>
    <constraint desc="" field="p_blooming" exp=""/>
    <constraint desc="" field="p_slash_burn" exp=""/>
    <constraint desc="" field="p_blow_down" exp=""/>
    <constraint desc="" field="p_conventional_mine" exp=""/>
    <constraint desc="" field="clear" exp=""/>
    <constraint desc="" field="partly_cloudy" exp=""/>
    <constraint desc="" field="haze" exp=""/>
    <constraint desc="" field="cloudy" exp=""/>
    <constraint desc="" field="primary" exp=""/>
    <constraint desc="" field="agriculture" exp=""/>
    <constraint desc="" field="road" exp=""/>
    <constraint desc="" field="water" exp=""/>
    <constraint desc="" field="cultivation" exp=""/>
    <constraint desc="" field="habitation" exp=""/>
    <constraint desc="" field="bare_ground" exp=""/>
    <constraint desc="" field="artisinal_mine" exp=""/>
    <constraint desc="" field="selective_logging" exp=""/>
    <constraint desc="" field="blooming" exp=""/>
    <constraint desc="" field="slash_burn" exp=""/>
    <constraint desc="" field="blow_down" exp=""/>
    <constraint desc="" field="conventional_mine" exp=""/>
    <constraint desc="" field="tags" exp=""/>
    <constraint desc="" field="flag_mining" exp=""/>
    <constraint desc="" field="flag_logging" exp=""/>
    <constraint desc="" field="flag_slash_burn" exp=""/>
    <constraint desc="" field="flagged" exp=""/>
    <constraint desc="" field="model" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression>'Tile ' || "row" || ', ' || "col" || ': ' || "tags"</previewExpression>
  <mapTip>&lt;b>Tile [% "row" %], [% "col" %]&lt;/b> [% if("flagged", '&amp;#9888; flagged', '') %]&lt;br/>Tags: &lt;i>[% "tags" %]&lt;/i>&lt;br/>&lt;table>&lt;tr>&lt;td>[% if("clear", '&lt;b>Clear&lt;/b>', 'Clear') %]&lt;/td>&lt;td align="right">[% format_number("p_clear", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("partly_cloudy", '&lt;b>Partly cloudy&lt;/b>', 'Partly cloudy') %]&lt;/td>&lt;td align="right">[% format_number("p_partly_cloudy", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("haze", '&lt;b>Haze&lt;/b>', 'Haze') %]&lt;/td>&lt;td align="right">[% format_number("p_haze", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("cloudy", '&lt;b>Cloudy&lt;/b>', 'Cloudy') %]&lt;/td>&lt;td align="right">[% format_number("p_cloudy", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("primary", '&lt;b>Primary&lt;/b>', 'Primary') %]&lt;/td>&lt;td align="right">[% format_number("p_primary", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("agriculture", '&lt;b>Agriculture&lt;/b>', 'Agriculture') %]&lt;/td>&lt;td align="right">[% format_number("p_agriculture", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("road", '&lt;b>Road&lt;/b>', 'Road') %]&lt;/td>&lt;td align="right">[% format_number("p_road", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("water", '&lt;b>Water&lt;/b>', 'Water') %]&lt;/td>&lt;td align="right">[% format_number("p_water", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("cultivation", '&lt;b>Cultivation&lt;/b>', 'Cultivation') %]&lt;/td>&lt;td align="right">[% format_number("p_cultivation", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("habitation", '&lt;b>Habitation&lt;/b>', 'Habitation') %]&lt;/td>&lt;td align="right">[% format_number("p_habitation", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("bare_ground", '&lt;b>Bare ground&lt;/b>', 'Bare ground') %]&lt;/td>&lt;td align="right">[% format_number("p_bare_ground", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("artisinal_mine", '&lt;b>Artisanal mine&lt;/b>', 'Artisanal mine') %]&lt;/td>&lt;td align="right">[% format_number("p_artisinal_mine", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("selective_logging", '&lt;b>Selective logging&lt;/b>', 'Selective logging') %]&lt;/td>&lt;td align="right">[% format_number("p_selective_logging", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("blooming", '&lt;b>Blooming&lt;/b>', 'Blooming') %]&lt;/td>&lt;td align="right">[% format_number("p_blooming", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("slash_burn", '&lt;b>Slash burn&lt;/b>', 'Slash burn') %]&lt;/td>&lt;td align="right">[% format_number("p_slash_burn", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("blow_down", '&lt;b>Blow down&lt;/b>', 'Blow down') %]&lt;/td>&lt;td align="right">[% format_number("p_blow_down", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("conventional_mine", '&lt;b>Conventional mine&lt;/b>', 'Conventional mine') %]&lt;/td>&lt;td align="right">[% format_number("p_conventional_mine", 2) %]&lt;/td>&lt;/tr>&lt;/table></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
